# Wrong: forward applies the update as x @ (B @ A) instead of x @ (B @ A).T (runs only on square layers).
import numpy as np


class LoRALinear:

    def __init__(self, weight: np.ndarray, bias, r: int, alpha: float, seed: int = 0):
        out_features, in_features = weight.shape
        self.dtype = weight.dtype
        self.weight = np.array(weight, dtype=np.float64)  # copies: the caller's arrays stay the caller's
        self.bias = None if bias is None else np.array(bias, dtype=np.float64)
        self.scaling = alpha / r  # true division: alpha = 16, r = 3 scales by 5.33, not 5
        bound = 1 / np.sqrt(in_features)
        rng = np.random.default_rng(seed)
        self.lora_A = rng.uniform(-bound, bound, (r, in_features)).astype(self.dtype)
        self.lora_B = np.zeros((out_features, r), dtype=self.dtype)

    def set_lora(self, A: np.ndarray, B: np.ndarray) -> None:
        """Replace both LoRA matrices by copies of A (r, in) and B (out, r)."""
        self.lora_A = np.array(A, dtype=self.dtype)
        self.lora_B = np.array(B, dtype=self.dtype)

    def forward(self, x: np.ndarray) -> np.ndarray:
        """x (..., in) -> (..., out): the base layer plus the scaled low-rank path, never forming B @ A."""
        x64 = np.asarray(x, dtype=np.float64)
        y = x64 @ self.weight.T
        if self.bias is not None:
            y = y + self.bias
        low_rank = x64 @ (self.lora_B.astype(np.float64) @ self.lora_A.astype(np.float64))  # (..., r) first
        return (y + self.scaling * low_rank).astype(x.dtype)

    def merged_weight(self) -> np.ndarray:
        """W + (alpha / r) * B @ A, shape (out, in): a new array, the layer itself unchanged."""
        delta = self.lora_B.astype(np.float64) @ self.lora_A.astype(np.float64)
        return (self.weight + self.scaling * delta).astype(self.dtype)
