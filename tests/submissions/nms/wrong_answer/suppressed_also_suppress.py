"""Wrong answer: every box suppresses the later ones, suppressed boxes included: in a chain A > B > C where
A suppresses B and B overlaps C (but A does not), C is wrongly dropped."""
import numpy as np


def iou(a, b):
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-scores, kind="stable").tolist()
    b = boxes.tolist()
    suppressed = [False] * len(order)
    for a, i in enumerate(order):
        for j in order[a + 1:]:
            if iou(b[i], b[j]) > iou_threshold:
                suppressed[j] = True
    return [i for i in order if not suppressed[i]]
