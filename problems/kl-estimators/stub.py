import numpy as np


def kl_estimators(logp: np.ndarray, logq: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    raise NotImplementedError("write your solution to kl-estimators here, then run `shousi run kl-estimators`")
