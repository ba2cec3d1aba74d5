sealed record DataSplit(IReadOnlyList<Transaction> Training, IReadOnlyList<Transaction> Test)
{
    public static DataSplit StratifiedByFraud(IReadOnlyList<Transaction> transactions, double testFraction, Random random)
    {
        var order = Enumerable.Range(0, transactions.Count).ToArray();
        random.Shuffle(order);
        var isTest = new bool[transactions.Count];
        foreach (var stratum in order.GroupBy(index => transactions[index].IsFraud))
        {
            foreach (var index in stratum.Take((int)Math.Round(stratum.Count() * testFraction)))
            {
                isTest[index] = true;
            }
        }

        return new(
            [.. order.Where(index => !isTest[index]).Select(index => transactions[index])],
            [.. order.Where(index => isTest[index]).Select(index => transactions[index])]);
    }
}
