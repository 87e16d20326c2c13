"""Search promotions and redirects from the old site, for the demo."""

# Query -> (page path in the demo tree, description shown with the recommended result).
PROMOTIONS = [
    ("report", "take-action/report-abuse", "Tell our hotline what you know, safely and without giving your name."),
    ("hotline", "take-action/report-abuse", "Call 092 311 511 at any hour, or report online."),
    ("donate", "take-action/donate", "Fund the hotline, our social workers and our lawyers."),
    (
        "រាយការណ៍",
        "take-action/report-abuse",
        "ប្រាប់ខ្សែទូរស័ព្ទបន្ទាន់របស់យើងនូវអ្វីដែលអ្នកដឹង ដោយសុវត្ថិភាព និងមិនចាំបាច់បញ្ចេញឈ្មោះ។",
    ),
    ("បរិច្ចាគ", "take-action/donate", "ជួយគាំទ្រខ្សែទូរស័ព្ទបន្ទាន់ បុគ្គលិកសង្គមកិច្ច និងមេធាវីរបស់យើង។"),
]

# Addresses of the NGO's old WordPress site -> the page that replaces each (a page path in the demo
# tree, or the slug of an article). /kh/... needs no entry: it is sent to /km/... by the site itself.
OLD_ADDRESSES = [
    ("/reporting-page/", "take-action/report-abuse"),
    ("/seek-help/", "take-action/seek-help"),
    ("/?p=1525", "article:report-it-dont-share-it-campaign"),
]
