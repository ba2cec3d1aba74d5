using System.Globalization;
using Reproducible.Training;

sealed class TrainingProgress(TrainingRun run, int epochs)
{
    readonly int logInterval = Math.Max(1, epochs / 10);

    public void Report(int epoch, double loss)
    {
        run.LogMetric("loss", loss, step: epoch);
        if (epoch % logInterval == 0 || epoch == epochs)
        {
            run.Log(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}/{epochs}  loss {loss:F4}"));
        }
    }
}
