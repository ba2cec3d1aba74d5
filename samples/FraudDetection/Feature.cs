sealed record Feature(string Name, Func<Transaction, double> Value);
