static class FeatureSet
{
    static readonly Feature[] numeric =
    [
        new("log1p_amount", transaction => double.LogP1(transaction.Amount)),
        new("hour_sin", transaction => Math.Sin(2 * Math.PI * transaction.Hour / 24)),
        new("hour_cos", transaction => Math.Cos(2 * Math.PI * transaction.Hour / 24)),
        new("is_weekend", transaction => transaction.DayOfWeek >= 5 ? 1 : 0),
        new("log1p_distance_from_home_km", transaction => double.LogP1(transaction.DistanceFromHomeKm)),
        new("log1p_distance_from_last_km", transaction => double.LogP1(transaction.DistanceFromLastKm)),
        new("log1p_ratio_to_median_purchase", transaction => double.LogP1(transaction.RatioToMedianPurchase)),
        new("card_present", transaction => transaction.CardPresent ? 1 : 0),
        new("used_chip", transaction => transaction.UsedChip ? 1 : 0),
        new("used_pin", transaction => transaction.UsedPin ? 1 : 0),
        new("online_order", transaction => transaction.OnlineOrder ? 1 : 0),
        new("foreign_merchant", transaction => transaction.ForeignMerchant ? 1 : 0),
        new("transactions_last_24h", transaction => transaction.TransactionsLast24h),
        new("log1p_account_age_days", transaction => double.LogP1(transaction.AccountAgeDays)),
    ];

    public static IReadOnlyList<Feature> For(IEnumerable<Transaction> training) =>
    [
        .. numeric,
        .. training
            .Select(transaction => transaction.MerchantCategory)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(category => new Feature($"merchant_category={category}", transaction => transaction.MerchantCategory == category ? 1 : 0)),
    ];
}
