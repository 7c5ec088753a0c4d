# Accepted: a small estimator class with fit(), the sigmoid from scipy.special.expit (allowed: it is not the descent),
# the labels kept as given (bool, int or float all subtract from float probabilities).
import numpy as np
from scipy.special import expit


class LogisticRegressionGD:
    def __init__(self, lr, steps, l2):
        self.lr, self.steps, self.l2 = lr, steps, l2

    def fit(self, x, y):
        x = x.astype(np.float64)
        self.w = np.zeros(x.shape[1])
        self.b = 0.0
        for _ in range(self.steps):
            residual = expit(x @ self.w + self.b) - y
            grad_w = residual @ x / len(x) + self.l2 * self.w
            grad_b = residual.mean()
            self.w, self.b = self.w - self.lr * grad_w, self.b - self.lr * grad_b
        return self


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    model = LogisticRegressionGD(lr, steps, l2).fit(x, y)
    return np.append(model.w, model.b)
