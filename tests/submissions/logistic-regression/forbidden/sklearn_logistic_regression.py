# Forbidden: scikit-learn's LogisticRegression fits the model (and with another solver and objective scaling).
import numpy as np
from sklearn.linear_model import LogisticRegression


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    model = LogisticRegression(C=1.0 / (max(l2, 1e-12) * len(x)), max_iter=steps).fit(x, y)
    return np.append(model.coef_[0], model.intercept_[0])
