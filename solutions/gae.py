import numpy as np


def gae(
    rewards: np.ndarray,
    values: np.ndarray,
    dones: np.ndarray,
    last_value: float,
    gamma: float = 0.99,
    lam: float = 0.95,
) -> tuple[np.ndarray, np.ndarray]:
    """Generalized advantage estimates and their returns over one rollout: O(T) time, O(T) extra memory.

    done_t ends the episode after step t, so one mask, 1 - done_t, does both jobs at step t: it drops the
    bootstrap gamma * V_{t+1} (V_{t+1} is the first state of the next episode; V_T is last_value) and stops the
    recursion A_t = delta_t + gamma * lam * A_{t+1} from reaching into that episode. The recursion runs backwards,
    from the last step, because A_t needs A_{t+1}; it runs over Python floats (a loop over NumPy scalars is ~3x
    slower). Computed in float64, returned in the rewards' dtype; the inputs are read, never written.
    """
    r = np.asarray(rewards, dtype=np.float64)
    v = np.asarray(values, dtype=np.float64)
    not_done = 1.0 - np.asarray(dones, dtype=np.float64)
    next_values = np.append(v[1:], float(last_value))  # V_{t+1}, with V_T = last_value
    deltas = r + gamma * next_values * not_done - v
    decays = gamma * lam * not_done  # 0 at an episode's last step: the recursion restarts there
    deltas, decays = deltas.tolist(), decays.tolist()
    advantages = [0.0] * len(deltas)
    running = 0.0  # A_{t+1}; nothing follows the last step but last_value, which delta_{T-1} already holds
    for t in range(len(deltas) - 1, -1, -1):
        running = deltas[t] + decays[t] * running
        advantages[t] = running
    a = np.array(advantages, dtype=np.float64)
    return a.astype(rewards.dtype), (a + v).astype(rewards.dtype)
