using Reproducible.Training;

sealed record TrainingOptions(double LearningRate, int Epochs, double L2, double PositiveWeight)
{
    public static TrainingOptions From(Parameters parameters) =>
        new(
            parameters.GetDouble("learning_rate"),
            parameters.GetInt32("epochs"),
            parameters.GetDouble("l2"),
            parameters.GetDouble("positive_weight"));
}
