namespace Reproducible.Core.Tuning;

/// <summary>
/// A numeric parameter as the Parzen estimator sees it: log scales become linear, and integers keep their
/// step as a quantum, with the bounds widened by half a step so the end values are as likely as the others.
/// </summary>
sealed record NumericDomain(double Low, double High, double Quantum, Func<double, object> FromInternal, Func<object, double> ToInternal)
{
    public static NumericDomain For(Parameter parameter) => parameter switch
    {
        FloatParameter { Log: true } real => new(
            Math.Log(real.Low), Math.Log(real.High), 0,
            value => Math.Clamp(Math.Exp(value), real.Low, real.High),
            value => Math.Log(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture))),
        FloatParameter real => new(
            real.Low, real.High, 0,
            value => Math.Clamp(value, real.Low, real.High),
            value => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
        IntParameter { Log: true } integer => new(
            Math.Log(integer.Low - 0.5), Math.Log(integer.High + 0.5), 0,
            value => Math.Clamp((int)Math.Round(Math.Exp(value)), integer.Low, integer.High),
            value => Math.Log(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture))),
        IntParameter integer => new(
            integer.Low - integer.Step / 2.0, integer.High + integer.Step / 2.0, integer.Step,
            value => Math.Clamp(integer.Low + (int)Math.Round((value - integer.Low) / integer.Step) * integer.Step, integer.Low, integer.High),
            value => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException(parameter.GetType().Name),
    };
}
