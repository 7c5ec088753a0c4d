"""Wrong answer: the right boxes, but the scores of the suppressed ones are set to -inf in the caller's
array (a Soft-NMS habit): the input is modified."""
import numpy as np


def nms(boxes, scores, iou_threshold):
    x1, y1, x2, y2 = boxes.astype(np.float64).T
    areas = (x2 - x1) * (y2 - y1)
    keep = []
    alive = np.ones(len(scores), dtype=bool)
    for i in np.argsort(-scores, kind="stable"):
        if not alive[i]:
            continue
        keep.append(int(i))
        w = np.maximum(0.0, np.minimum(x2[i], x2) - np.maximum(x1[i], x1))
        h = np.maximum(0.0, np.minimum(y2[i], y2) - np.maximum(y1[i], y1))
        inter = w * h
        union = areas[i] + areas - inter
        iou = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
        drop = alive & (iou > iou_threshold)
        scores[drop] = -np.inf
        alive &= ~drop
    return keep
