# Forbidden: scipy.optimize.minimize with method="CG" and a fixed iteration count still lets SciPy do the descent.
import numpy as np
from scipy.optimize import minimize


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    design = np.hstack([x.astype(float), np.ones((len(x), 1))])

    def loss(theta):
        z = design @ theta
        return np.mean(np.logaddexp(0, z) - y * z) + l2 / 2 * theta[:-1] @ theta[:-1]

    return minimize(loss, np.zeros(design.shape[1]), method="CG", options={"maxiter": steps}).x
