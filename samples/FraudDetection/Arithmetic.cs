using MathNet.Numerics;

static class Arithmetic
{
    public static void MakeDeterministic()
    {
        Control.UseManaged();
        Control.UseSingleThread();
    }
}
