"""Sample texts shared by the store tests."""

from __future__ import annotations

ARTICLE = (
    "Chiều 22/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Nhật Bản tại Hà Nội.\n\n"
    "Hai bên trao đổi về hợp tác kinh tế, đầu tư và lao động trong năm 2021.\n\n"
    "Theo Bộ Ngoại giao, kim ngạch thương mại song phương đạt 39,6 tỷ USD."
)
NAME = "Bùi Thanh Sơn"
START = ARTICLE.index(NAME)
END = START + len(NAME)
