"""Train a random forest that flags fraudulent card transactions.

Started by `dotnet build` (run protocol v1): the data, seed and hyperparameters come from the
project file, and the model goes to the build's output folder as model.pkl.
"""

import csv
import pickle
import sys
import time

import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split

try:
    import reproducible  # put on PYTHONPATH by the build
except ImportError:
    sys.exit("train.py is started by 'dotnet build', which puts reproducible.py on PYTHONPATH: build the project.")

LABEL = "is_fraud"
IGNORED = ("transaction_id", LABEL)
CATEGORY = "merchant_category"
THRESHOLD = 0.5


def load(path):
    """Read the CSV into a feature matrix (merchant_category one-hot encoded) and labels."""
    with open(path, newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    numeric = [name for name in rows[0] if name not in IGNORED and name != CATEGORY]
    categories = sorted({row[CATEGORY] for row in rows})
    feature_names = numeric + [f"{CATEGORY}={category}" for category in categories]
    features = np.array(
        [[float(row[name]) for name in numeric] + [float(row[CATEGORY] == c) for c in categories] for row in rows]
    )
    labels = np.array([int(row[LABEL]) for row in rows])
    return features, labels, feature_names


def class_weight(run):
    value = run.param("class_weight", "balanced")
    if value.strip().lower() not in ("balanced", "none"):
        raise ValueError(f"The hyperparameter 'class_weight' is '{value}', which is not 'balanced' or 'none'.")
    return None if value.strip().lower() == "none" else "balanced"


def main():
    run = reproducible.current()
    seed = run.seed % 2**32  # scikit-learn wants 0 <= seed < 2**32
    trees = run.param_int("n_estimators")

    features, labels, feature_names = load(run.data["transactions"])
    run.log(f"loaded {len(labels)} rows, {len(feature_names)} features ({labels.mean():.1%} fraud)")
    train_x, test_x, train_y, test_y = train_test_split(
        features, labels, test_size=0.2, stratify=labels, random_state=seed
    )

    model = RandomForestClassifier(
        n_estimators=trees,
        max_depth=run.param_int("max_depth"),
        min_samples_leaf=run.param_int("min_samples_leaf"),
        class_weight=class_weight(run),
        random_state=seed,
        n_jobs=1,
    )
    run.log(f"training {trees} trees on {len(train_y)} rows (seed {run.seed})...")
    started = time.perf_counter()
    model.fit(train_x, train_y)
    run.log(f"trained in {time.perf_counter() - started:.1f} s")

    # F1 of the forest's first k trees, every 10 trees: how the score grows with the forest.
    per_tree = np.array([tree.predict_proba(test_x)[:, 1] for tree in model.estimators_])
    for count in range(10, trees + 1, 10):
        partial = per_tree[:count].mean(axis=0) >= THRESHOLD
        run.log_metric("f1", f1_score(test_y, partial, zero_division=0), step=count)

    scores = model.predict_proba(test_x)[:, 1]
    predicted = scores >= THRESHOLD
    run.log_metric("accuracy", accuracy_score(test_y, predicted))
    run.log_metric("precision", precision_score(test_y, predicted, zero_division=0))
    run.log_metric("recall", recall_score(test_y, predicted, zero_division=0))
    run.log_metric("f1", f1_score(test_y, predicted, zero_division=0))
    run.log_metric("roc_auc", roc_auc_score(test_y, scores))

    with open(run.output_path("model.pkl"), "wb") as file:
        pickle.dump({"model": model, "feature_names": feature_names, "threshold": THRESHOLD}, file, protocol=4)
    run.log("wrote model.pkl")


if __name__ == "__main__":
    main()
