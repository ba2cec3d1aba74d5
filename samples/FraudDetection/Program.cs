using Reproducible.Training;

try
{
    Train(TrainingRun.Current);
    return 0;
}
catch (Exception exception) when (exception is FormatException or IOException or KeyNotFoundException or InvalidOperationException or UnauthorizedAccessException)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 1;
}

static void Train(TrainingRun run)
{
    Arithmetic.MakeDeterministic();
    var options = TrainingOptions.From(run.Parameters);
    var transactions = TransactionTable.Load(run.Data["transactions"]);
    var split = DataSplit.StratifiedByFraud(transactions, testFraction: 0.2, new Random(run.Seed));
    run.Log(Summary.Of(split));

    var encoder = FeatureEncoder.Fit(split.Training);
    var training = LabeledFeatures.Of(encoder, split.Training);
    var test = LabeledFeatures.Of(encoder, split.Test);
    var model = LogisticRegression.Train(training.Features, training.Labels, options, new TrainingProgress(run, options.Epochs, training, test).Report);

    var threshold = DecisionThreshold.MaximizingF1(model.Probabilities(training.Features), training.Labels);
    var evaluation = Evaluation.Of(model.Probabilities(test.Features), test.Labels, threshold);
    foreach (var (name, value) in evaluation.Metrics)
    {
        run.LogMetric(name, value);
    }

    run.Log(Summary.Of(evaluation, threshold));
    ModelFile.Of(encoder, model, threshold).WriteTo(run.OutputDirectory);
}
