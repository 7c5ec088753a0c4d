# optax.adamw (JAX's optimizer library): the library may not be imported at all.
import numpy as np
import optax


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    optimizer = optax.adamw(lr, b1=beta1, b2=beta2, eps=eps, weight_decay=weight_decay)
    state = optimizer.init(param)
    updates, state = optimizer.update(grad, state, param)
    return np.asarray(optax.apply_updates(param, updates)), exp_avg, exp_avg_sq
