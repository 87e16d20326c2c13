"""Demo cookie categories and consent settings, in English and Khmer (our own words).

The statistics service is a self-hosted Matomo at an address of the demo's own (stats.aple.example),
which does not exist: accepting Statistics on the demo shows the request in the browser and nothing more.
"""

CATEGORIES = [
    {
        "key": "functional",
        "required": True,
        "name": {"en": "Strictly necessary", "km": "ចាំបាច់បំផុត"},
        "description": {
            "en": "Keep forms safe from forgery, keep staff signed in and remember your cookie choice. "
            "The site cannot work without them, so they are always on.",
            "km": "ការពារទម្រង់ពីការក្លែងបន្លំ រក្សាការចូលគណនីរបស់បុគ្គលិក និងចងចាំជម្រើសខូគីរបស់អ្នក។ "
            "គេហទំព័រមិនអាចដំណើរការដោយគ្មានពួកវាបានទេ ដូច្នេះពួកវាតែងតែបើកជានិច្ច។",
        },
        "cookies": [
            (
                "csrftoken",
                "APLE",
                {"en": "Protects forms against forgery", "km": "ការពារទម្រង់ពីការក្លែងបន្លំ"},
                {"en": "1 year", "km": "១ ឆ្នាំ"},
            ),
            (
                "aple_consent",
                "APLE",
                {"en": "Remembers your cookie choice", "km": "ចងចាំជម្រើសខូគីរបស់អ្នក"},
                {"en": "6 months", "km": "៦ ខែ"},
            ),
            (
                "sessionid",
                "APLE",
                {"en": "Keeps staff signed in to the admin", "km": "រក្សាការចូលគណនីរបស់បុគ្គលិកក្នុងផ្ទាំងគ្រប់គ្រង"},
                {"en": "2 weeks", "km": "២ សប្តាហ៍"},
            ),
        ],
    },
    {
        "key": "preferences",
        "required": False,
        "name": {"en": "Preferences", "km": "ចំណូលចិត្ត"},
        "description": {
            "en": "Remember things you choose on this device, such as your progress in an online course.",
            "km": "ចងចាំអ្វីដែលអ្នកជ្រើសរើសនៅលើឧបករណ៍នេះ ដូចជាវឌ្ឍនភាពរបស់អ្នកក្នុងវគ្គសិក្សាអនឡាញ។",
        },
        "cookies": [
            (
                "aple-course-*",
                "APLE",
                {
                    "en": "Your progress in online courses, kept in this browser's storage only",
                    "km": "វឌ្ឍនភាពរបស់អ្នកក្នុងវគ្គសិក្សាអនឡាញ ដែលរក្សាទុកតែក្នុងកម្មវិធីរុករកនេះប៉ុណ្ណោះ",
                },
                {"en": "until you clear it", "km": "រហូតដល់អ្នកលុបវា"},
            ),
        ],
    },
    {
        "key": "statistics",
        "required": False,
        "name": {"en": "Statistics", "km": "ស្ថិតិ"},
        "description": {
            "en": "Count visits anonymously with our own statistics service, so we know which pages help people.",
            "km": "រាប់ចំនួនអ្នកចូលមើលដោយមិនបញ្ចេញអត្តសញ្ញាណ ជាមួយសេវាស្ថិតិផ្ទាល់ខ្លួនរបស់យើង ដើម្បីឱ្យយើងដឹងថាទំព័រណាខ្លះជួយមនុស្ស។",
        },
        "cookies": [
            (
                "_pk_id*",
                "Matomo (APLE)",
                {"en": "Tells one visit from another", "km": "បែងចែកការចូលមើលមួយពីមួយទៀត"},
                {"en": "13 months", "km": "១៣ ខែ"},
            ),
            (
                "_pk_ses*",
                "Matomo (APLE)",
                {"en": "Groups the pages of one visit", "km": "ដាក់ទំព័រនៃការចូលមើលមួយជាក្រុម"},
                {"en": "30 minutes", "km": "៣០ នាទី"},
            ),
        ],
    },
    {
        "key": "marketing",
        "required": False,
        "name": {"en": "Marketing and videos", "km": "ទីផ្សារ និងវីដេអូ"},
        "description": {
            "en": "Show videos from YouTube, Vimeo and Facebook on our pages. These services set their own "
            "cookies and may follow you across other websites.",
            "km": "បង្ហាញវីដេអូពី YouTube, Vimeo និង Facebook នៅលើទំព័ររបស់យើង។ "
            "សេវាទាំងនេះដាក់ខូគីផ្ទាល់ខ្លួន ហើយអាចតាមដានអ្នកនៅលើគេហទំព័រផ្សេងទៀត។",
        },
        "cookies": [
            (
                "YSC, VISITOR_INFO1_LIVE",
                "YouTube",
                {"en": "Play the video and count its views", "km": "ចាក់វីដេអូ និងរាប់ចំនួនអ្នកមើល"},
                {"en": "up to 6 months", "km": "រហូតដល់ ៦ ខែ"},
            ),
            (
                "datr, fr",
                "Facebook",
                {"en": "Play the video and personalise adverts", "km": "ចាក់វីដេអូ និងកំណត់ពាណិជ្ជកម្មតាមបុគ្គល"},
                {"en": "up to 2 years", "km": "រហូតដល់ ២ ឆ្នាំ"},
            ),
        ],
    },
]

SETTINGS = {
    "banner_title": {"en": "Cookies on this site", "km": "ខូគីនៅលើគេហទំព័រនេះ"},
    "banner_text": {
        "en": "We use only the cookies the site needs. With your yes we would also count visits anonymously, "
        "remember your course progress and show videos from YouTube or Facebook. Saying no changes nothing "
        "important: reporting, help and every page work the same.",
        "km": "យើងប្រើតែខូគីដែលគេហទំព័រត្រូវការប៉ុណ្ណោះ។ ប្រសិនបើអ្នកយល់ព្រម "
        "យើងក៏នឹងរាប់ចំនួនអ្នកចូលមើលដោយមិនបញ្ចេញអត្តសញ្ញាណ ចងចាំវឌ្ឍនភាពវគ្គសិក្សារបស់អ្នក "
        "និងបង្ហាញវីដេអូពី YouTube ឬ Facebook។ ការបដិសេធមិនផ្លាស់ប្តូរអ្វីសំខាន់ទេ៖ "
        "ការរាយការណ៍ ជំនួយ និងគ្រប់ទំព័រនៅតែដំណើរការដូចគ្នា។",
    },
}
STATISTICS = {"statistics": "matomo", "statistics_url": "https://stats.aple.example/", "statistics_site_id": "1"}

# A video in one demo story: the address is a placeholder with an obviously fake id.
VIDEO = {
    "slug": "new-khmer-guide-for-parents-on-online-safety",
    "url": "https://www.youtube.com/watch?v=APLEdemo001",
    "title": {
        "en": "Demo video: talking with children about online safety",
        "km": "វីដេអូសាកល្បង៖ ការនិយាយជាមួយកុមារអំពីសុវត្ថិភាពតាមអនឡាញ",
    },
    "caption": {"en": "A short talk for parents (demo video).", "km": "ការពិភាក្សាខ្លីសម្រាប់ឪពុកម្តាយ (វីដេអូសាកល្បង)។"},
}
