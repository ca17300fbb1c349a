"""A small archive citing documents, and its data file: shared by the cited documents' site tests."""

from sitebuild import article

# Test data file: one document fully described, with another spelling merged into it.
DOCUMENTS_YML = """\
documents:
  - reference: Quyết định số 217-QĐ/TW
    title: Ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội
    date: 2013-12-12
    issuer: Bộ Chính trị
    link: https://example.gov.vn/van-ban/217
    spellings:
      - Quyết định 217
"""
GIAM_SAT = "Mặt trận xã giám sát cán bộ theo Quy chế"
SO_KET = "Hội nghị sơ kết giám sát và phản biện xã hội"
KE_HOACH = "Huyện triển khai kế hoạch sắp xếp thôn xóm"
LUAT = "Tuyên truyền pháp luật ở khu dân cư"
NHAP = "Bài nháp chưa đăng"
ARCHIVE = {
    "data/documents.yml": DOCUMENTS_YML,
    "articles/2014/giam-sat.md": article(
        GIAM_SAT, "2014-03-10T08:00:00+07:00",
        "Thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Mặt trận xã tổ chức giám sát cán bộ. "
        "Câu sau không nhắc văn bản nào.",
    ),
    "articles/2016/so-ket.md": article(
        SO_KET, "2016-05-02T08:00:00+07:00",
        "Hội nghị sơ kết Quyết định 217-QĐ/TW và Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương.",
    ),
    "articles/2019/ke-hoach.md": article(
        KE_HOACH, "2019-08-01T08:00:00+07:00",
        "Huyện triển khai Kế hoạch số 120-KH/HU ngày 17/7/2018 của Huyện ủy; thực hiện Nghị định 159/2013/NĐ-CP về xử phạt.",
    ),
    "articles/2020/luat.md": article(
        LUAT, "2020-10-20T08:00:00+07:00",
        "Tuyên truyền Luật Mặt trận Tổ quốc Việt Nam cho nhân dân.\n\n"
        "Tiếp tục thực hiện Quyết định 217 của Bộ Chính trị về giám sát.",
    ),
    "articles/2021/nhap.md": article(
        NHAP, "2021-01-05T08:00:00+07:00", "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", status="draft",
    ),
}
Q217 = "quyet-dinh-217-qd-tw"
NQ25 = "nghi-quyet-25-nq-tw"
KH120 = "ke-hoach-120-kh-hu"
ND159 = "nghi-dinh-159-2013-nd-cp"
LAW = "luat-mat-tran-to-quoc-viet-nam"

