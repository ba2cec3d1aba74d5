"""Generate samples/data/transactions.csv: a synthetic card-transaction table with rare fraud.

Standard library only, fixed seed: running it again writes the same bytes. Only
random.Random.random() is used, the one generator method whose sequence Python promises to keep
across versions; the distributions below are built on it.

    /usr/bin/python3 samples/data/generate_transactions.py
"""

import bisect
import itertools
import math
import os
import random

SEED = 20261122
ROWS = 50_000
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "transactions.csv")

HEADER = (
    "transaction_id,amount,hour,day_of_week,merchant_category,distance_from_home_km,"
    "distance_from_last_km,ratio_to_median_purchase,card_present,used_chip,used_pin,"
    "online_order,foreign_merchant,transactions_last_24h,account_age_days,is_fraud"
)

# name: (share of transactions, median amount, chance of an online order, chance of a PIN, fraud bias)
CATEGORIES = {
    "grocery": (0.22, 42.0, 0.04, 0.55, -0.6),
    "fuel": (0.12, 48.0, 0.00, 0.45, -0.2),
    "restaurant": (0.16, 32.0, 0.06, 0.20, -0.3),
    "travel": (0.05, 380.0, 0.65, 0.10, 0.3),
    "electronics": (0.06, 240.0, 0.45, 0.15, 0.7),
    "online_retail": (0.14, 55.0, 0.97, 0.00, 0.3),
    "entertainment": (0.08, 38.0, 0.35, 0.10, 0.0),
    "health": (0.08, 65.0, 0.08, 0.35, -0.7),
    "jewelry": (0.02, 450.0, 0.20, 0.25, 1.0),
    "cash_advance": (0.03, 180.0, 0.00, 0.95, 0.8),
}

# Share of transactions by hour of day (local time of the cardholder).
HOURS = list(range(24))
HOUR_WEIGHTS = list(itertools.accumulate(
    [2, 1, 1, 1, 1, 2, 4, 7, 9, 10, 11, 12, 14, 12, 11, 11, 12, 13, 14, 13, 11, 8, 5, 3]))
RISKY_HOUR_WEIGHTS = list(itertools.accumulate(
    [8, 8, 7, 7, 6, 5, 4, 5, 6, 7, 8, 8, 9, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9]))
DAYS = list(range(7))  # 0 = Monday ... 6 = Sunday
DAY_WEIGHTS = list(itertools.accumulate([13, 13, 14, 14, 16, 17, 13]))


def uniform(rng, low, high):
    return low + (high - low) * rng.random()


def normal(rng, sigma):
    # Box-Muller.
    return sigma * math.sqrt(-2.0 * math.log(1.0 - rng.random())) * math.cos(2.0 * math.pi * rng.random())


def lognormal(rng, median, sigma):
    return median * math.exp(normal(rng, sigma))


def exponential(rng, mean):
    return -mean * math.log(1.0 - rng.random())


def choose(rng, items, cumulative_weights):
    return items[bisect.bisect_right(cumulative_weights, rng.random() * cumulative_weights[-1])]


def poisson(rng, mean):
    # Knuth's method; fine for small means.
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def transaction(rng, names, weights):
    # A hidden "risky" context (stolen card details, a skimmed card, an account takeover) makes the
    # suspicious features appear together, as they do in real fraud. The label below is drawn from
    # the observed features only.
    risky = rng.random() < 0.06
    category = choose(rng, names, weights)
    _, median_amount, online_chance, pin_chance, category_bias = CATEGORIES[category]

    customer_median = lognormal(rng, 55.0, 0.45)
    amount = lognormal(rng, median_amount * (2.2 if risky else 1.0), 0.75 if risky else 0.6)
    amount = min(max(amount, 0.5), 25_000.0)
    ratio = amount / customer_median / (median_amount / 55.0)

    online = rng.random() < (min(1.0, online_chance + 0.3) if risky and online_chance > 0 else online_chance)
    card_present = not online
    used_chip = card_present and rng.random() < (0.55 if risky else 0.93)
    used_pin = card_present and rng.random() < pin_chance * (0.4 if risky else 1.0)
    foreign = rng.random() < (0.30 if risky else 0.04)

    hour = choose(rng, HOURS, RISKY_HOUR_WEIGHTS if risky else HOUR_WEIGHTS)
    day = choose(rng, DAYS, DAY_WEIGHTS)
    home = lognormal(rng, 120.0 if risky else 7.0, 1.4 if risky else 1.1)
    if foreign:
        home += uniform(rng, 300.0, 3000.0)
    last = lognormal(rng, 60.0 if risky else 3.0, 1.5 if risky else 1.2)
    home, last = min(home, 12_000.0), min(last, 12_000.0)
    burst = poisson(rng, 6.5 if risky else 2.2)
    if risky and rng.random() < 0.35:
        age = int(exponential(rng, 25.0))
    else:
        age = int(rng.random() ** 0.7 * 5000)

    night = 0 <= hour <= 5
    big = ratio > 4.0
    z = (
        -4.6
        + category_bias
        + 1.5 * big
        + 1.0 * (ratio > 10.0)
        + 1.6 * night
        + 1.4 * (night and big)
        + 1.6 * (home > 100.0 and last > 50.0)  # far from home and moving fast
        + 2.0 * (online and foreign)
        + 1.4 * (card_present and not used_chip)  # magnetic stripe fallback
        - 1.0 * used_pin
        + 2.0 * (age < 30 and burst >= 5)  # a new account used in a burst
        + 0.5 * (age < 60)
        + 0.2 * max(0, burst - 4)
    )
    is_fraud = z + normal(rng, 0.8) > 0.0

    return (
        f"{amount:.2f}",
        str(hour),
        str(day),
        category,
        f"{home:.2f}",
        f"{last:.2f}",
        f"{ratio:.2f}",
        str(int(card_present)),
        str(int(used_chip)),
        str(int(used_pin)),
        str(int(online)),
        str(int(foreign)),
        str(burst),
        str(age),
        str(int(is_fraud)),
    )


def main():
    rng = random.Random(SEED)
    names = list(CATEGORIES)
    weights = list(itertools.accumulate(CATEGORIES[name][0] for name in names))
    with open(OUTPUT, "w", encoding="ascii", newline="\n") as file:
        file.write(HEADER + "\n")
        for index in range(1, ROWS + 1):
            file.write(f"tx{index:06d}," + ",".join(transaction(rng, names, weights)) + "\n")
    print(f"wrote {ROWS} rows to {OUTPUT}")


if __name__ == "__main__":
    main()
