"""Accepted: the order from Python's sorted with the key (-score, index), corners sliced as pairs, the IoU in the
input's dtype with 0 / 0 silenced and then zeroed, and ~(iou > t) as the survivors."""
import numpy as np


def nms(boxes, scores, iou_threshold):
    # sort by (-score, index) with Python tuples; IoU computed in the input dtype
    order = np.array(sorted(range(len(scores)), key=lambda i: (-float(scores[i]), i)), dtype=np.intp)
    keep = []
    while len(order):
        i = order[0]; keep.append(int(i)); r = order[1:]
        lt = np.maximum(boxes[i, :2], boxes[r, :2]); rb = np.minimum(boxes[i, 2:], boxes[r, 2:])
        wh = np.clip(rb - lt, 0, None); inter = wh[:, 0] * wh[:, 1]
        ai = np.prod(boxes[i, 2:] - boxes[i, :2]); ar = np.prod(boxes[r, 2:] - boxes[r, :2], axis=1)
        union = ai + ar - inter
        with np.errstate(invalid="ignore", divide="ignore"):
            iou = inter / union
        iou[union == 0] = 0
        order = r[~(iou > iou_threshold)]
    return keep
