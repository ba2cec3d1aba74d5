sealed record TransactionScore(string TransactionId, double Score);
