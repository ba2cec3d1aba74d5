using System.Globalization;
using Reproducible.Training;

// Every 25 epochs the model so far is scored like the final one. `f1` at a step lets a study's median
// pruner stop a trial that falls behind; fixed steps let it compare trials of different lengths.
sealed class TrainingProgress(TrainingRun run, int epochs, LabeledFeatures training, LabeledFeatures test)
{
    const int CheckpointInterval = 25;

    public void Report(int epoch, double loss, LogisticModel model)
    {
        run.LogMetric("loss", loss, step: epoch);
        if (epoch % CheckpointInterval != 0 && epoch != epochs)
        {
            return;
        }

        var f1 = Score(model).Confusion.F1;
        run.LogMetric("f1", f1, step: epoch);
        run.Log(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}/{epochs}  loss {loss:F4}  f1 {f1:F4}"));
    }

    Evaluation Score(LogisticModel model) =>
        Evaluation.Of(model.Probabilities(test.Features), test.Labels, DecisionThreshold.MaximizingF1(model.Probabilities(training.Features), training.Labels));
}
