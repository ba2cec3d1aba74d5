static class TransactionScoring
{
    const string IdColumn = "transaction_id";

    public static IReadOnlyList<TransactionScore> Score(FraudModel model, CsvTable transactions)
    {
        var formulas = model.FeatureNames.Select(FeatureFormula.Parse).ToList();
        transactions.RequireColumns([IdColumn, .. formulas.Select(formula => formula.Column)]);
        var features = new double[formulas.Count];
        var scores = new List<TransactionScore>();
        foreach (var row in transactions.Rows())
        {
            for (var index = 0; index < formulas.Count; index++)
            {
                features[index] = formulas[index].Value(row);
            }

            scores.Add(new(row.Text(IdColumn), model.Score(features)));
        }

        return scores;
    }
}
