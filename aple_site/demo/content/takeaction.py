"""Bilingual demo content for the Take Action section: Report Abuse, Seek Help and its directory of help
services, Donate and its ways to give, Get Involved and its form, Work with Us and its vacancies.

All text is original demo copy written for this project. Real public facts are used where we know them:
APLE's 24/7 hotline (092 311 511), the police hotline 1288, Cambodia's police emergency number 117 and
ambulance number 119, and Child Helpline Cambodia's free number 1280. The other help services, the bank
account and the vacancies are invented for the demo (names and numbers that belong to no real service) and
must be replaced by the real ones before going live.

Every node has the keys of ``pages.PAGES`` (``slug``, ``title``, ``seo_title``, ``search_description``,
``intro``, ``body``, ``children``) and may add ``fields``: other translated fields of its page type, each a
``{"en": ..., "km": ...}`` dict. Rich-text fields hold HTML.
"""

SEEK_HELP = {
    "slug": {"en": "seek-help", "km": "seek-help"},
    "title": {"en": "Seek Help", "km": "ស្វែងរកជំនួយ"},
    "seo_title": {
        "en": "Seek Help and Support | APLE Cambodia",
        "km": "ស្វែងរកជំនួយ និងការគាំទ្រ | APLE កម្ពុជា",
    },
    "search_description": {
        "en": (
            "If you or a child you know has been hurt, you are "
            "not alone. Find out how to reach APLE for free, "
            "confidential help."
        ),
        "km": (
            "ប្រសិនបើអ្នក ឬកុមារដែលអ្នកស្គាល់ត្រូវបានគេធ្វើបាប "
            "អ្នកមិននៅម្នាក់ឯងទេ។ សូមស្វែងយល់ពីរបៀបទាក់ទង APLE "
            "ដើម្បីទទួលបានជំនួយដោយឥតគិតថ្លៃ និងរក្សាការសម្ងាត់។"
        ),
    },
    "intro": {
        "en": ("If something has happened to you or to a child you care about, help is available."),
        "km": ("ប្រសិនបើមានរឿងអ្វីមួយបានកើតឡើងចំពោះអ្នក ឬចំពោះកុមារដែលអ្នកស្រឡាញ់ នោះមានជំនួយសម្រាប់អ្នក។"),
    },
    "body": {
        "en": [
            {
                "type": "callout",
                "value": {
                    "title": "Is a child in danger right now?",
                    "text": (
                        "<p>If a child is in immediate danger, "
                        "call the police on <b>1288</b> or the "
                        "APLE 24/7 hotline on <b>092 311 511</b> "
                        "now.</p>"
                    ),
                    "style": "urgent",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "You are not alone",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>If someone has touched you in a way that "
                    "made you feel scared or uncomfortable, or "
                    "has asked you for photos, it is not your "
                    "fault. You have the right to be safe, and "
                    "telling someone is a brave first step.</p>"
                    "<p>You can call us, talk to an adult you "
                    "trust, or ask a teacher or friend to contact "
                    "us with you. We will listen, we will believe "
                    "you, and together we will decide what to do "
                    "next.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Parents and caregivers can also contact "
                    "us for advice on how to support a child "
                    "after abuse, including medical care, "
                    "counselling and legal options.</p>"
                ),
            },
            {
                "type": "contact",
                "value": {
                    "title": "Talk to us",
                    "numbers": [
                        {
                            "label": "APLE 24/7 hotline",
                            "number": "092 311 511",
                        },
                        {
                            "label": "Police hotline",
                            "number": "1288",
                        },
                    ],
                    "email": "info@aplecambodia.org",
                },
            },
        ],
        "km": [
            {
                "type": "callout",
                "value": {
                    "title": "តើមានកុមារកំពុងស្ថិតក្នុងគ្រោះថ្នាក់ឥឡូវនេះឬទេ?",
                    "text": (
                        "<p>ប្រសិនបើកុមារស្ថិតក្នុងគ្រោះថ្នាក់ភ្លាមៗ "
                        "សូមទូរស័ព្ទទៅនគរបាលតាមលេខ <b>១២៨៨</b> "
                        "ឬខ្សែទូរស័ព្ទបន្ទាន់ ២៤ម៉ោងរបស់ APLE "
                        "តាមលេខ <b>០៩២ ៣១១ ៥១១</b> ភ្លាម។</p>"
                    ),
                    "style": "urgent",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "អ្នកមិននៅម្នាក់ឯងទេ",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>ប្រសិនបើមាននរណាម្នាក់បានប៉ះពាល់អ្នកតាមរបៀបដែលធ្វើឱ្យអ្នកភ័យខ្លាច "
                    "ឬមិនស្រួលខ្លួន ឬបានសុំរូបថតពីអ្នក "
                    "នោះមិនមែនជាកំហុសរបស់អ្នកទេ។ "
                    "អ្នកមានសិទ្ធិរស់នៅដោយសុវត្ថិភាព "
                    "ហើយការប្រាប់នរណាម្នាក់ "
                    "គឺជាជំហានដំបូងដ៏ក្លាហាន។</p>"
                    "<p>អ្នកអាចទូរស័ព្ទមកយើង "
                    "និយាយជាមួយមនុស្សពេញវ័យដែលអ្នកទុកចិត្ត "
                    "ឬសុំឱ្យគ្រូ "
                    "ឬមិត្តភក្តិជួយទាក់ទងមកយើងជាមួយអ្នក។ "
                    "យើងនឹងស្តាប់ យើងនឹងជឿអ្នក "
                    "ហើយយើងនឹងសម្រេចចិត្តរួមគ្នាថាត្រូវធ្វើអ្វីបន្ទាប់។</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>ឪពុកម្តាយ និងអ្នកថែទាំ "
                    "ក៏អាចទាក់ទងមកយើងដើម្បីសុំដំបូន្មានអំពីរបៀបគាំទ្រកុមារបន្ទាប់ពីការរំលោភបំពាន "
                    "រួមមានការថែទាំសុខភាព ការប្រឹក្សាផ្លូវចិត្ត "
                    "និងជម្រើសផ្នែកច្បាប់។</p>"
                ),
            },
            {
                "type": "contact",
                "value": {
                    "title": "និយាយជាមួយយើង",
                    "numbers": [
                        {
                            "label": ("ខ្សែទូរស័ព្ទបន្ទាន់ ២៤ម៉ោងរបស់ APLE"),
                            "number": "092 311 511",
                        },
                        {
                            "label": ("ខ្សែទូរស័ព្ទបន្ទាន់របស់នគរបាល"),
                            "number": "1288",
                        },
                    ],
                    "email": "info@aplecambodia.org",
                },
            },
        ],
    },
    "children": [],
}
SEEK_HELP["fields"] = {
    "directory_title": {"en": "Where to find help", "km": "កន្លែងស្វែងរកជំនួយ"},
}
SEEK_HELP["body"]["en"] += [
    {"type": "heading", "value": {"text": "Keeping safe", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<ul><li><b>If you are in danger now,</b> go to a place where there are other people, such as a "
            "neighbour's house, a pagoda or a shop, and call 117 or 1288.</li>"
            "<li><b>If someone is threatening to share pictures of you,</b> do not pay and do not send more. "
            "Keep the messages, block the account, and tell an adult you trust or call us.</li>"
            "<li><b>If you were hurt in the last few days,</b> try not to wash or change clothes before you "
            "see a doctor: the clinic can help you and keep evidence at the same time.</li>"
            "<li><b>If you share a phone with others,</b> use the Quick exit button on this page, and delete "
            "this page from the browser's history afterwards.</li></ul>"
        ),
    },
]
SEEK_HELP["body"]["km"] += [
    {"type": "heading", "value": {"text": "រក្សាសុវត្ថិភាពខ្លួន", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<ul><li><b>ប្រសិនបើអ្នកកំពុងស្ថិតក្នុងគ្រោះថ្នាក់ឥឡូវនេះ</b> "
            "សូមទៅកាន់កន្លែងដែលមានមនុស្សផ្សេងទៀត ដូចជាផ្ទះអ្នកជិតខាង វត្ត ឬហាង "
            "ហើយទូរស័ព្ទទៅលេខ ១១៧ ឬ ១២៨៨។</li>"
            "<li><b>ប្រសិនបើមាននរណាម្នាក់គំរាមចែករំលែករូបភាពរបស់អ្នក</b> "
            "សូមកុំបង់ប្រាក់ ហើយកុំផ្ញើរូបភាពបន្ថែម។ រក្សាទុកសារទាំងនោះ បិទគណនីនោះ "
            "ហើយប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត ឬទូរស័ព្ទមកយើង។</li>"
            "<li><b>ប្រសិនបើអ្នកត្រូវបានគេធ្វើបាបក្នុងរយៈពេលប៉ុន្មានថ្ងៃចុងក្រោយនេះ</b> "
            "សូមព្យាយាមកុំងូតទឹក ឬផ្លាស់ប្តូរសម្លៀកបំពាក់ មុនពេលជួបគ្រូពេទ្យ៖ "
            "គ្លីនិកអាចជួយអ្នក និងរក្សាភស្តុតាងក្នុងពេលតែមួយ។</li>"
            "<li><b>ប្រសិនបើអ្នកប្រើទូរស័ព្ទរួមជាមួយអ្នកដទៃ</b> "
            "សូមប្រើប៊ូតុង «ចាកចេញរហ័ស» នៅលើទំព័រនេះ "
            "ហើយលុបទំព័រនេះចេញពីប្រវត្តិកម្មវិធីរុករកបន្ទាប់មក។</li></ul>"
        ),
    },
]

REPORT_ABUSE = {
    "slug": {"en": "report-abuse", "km": "report-abuse"},
    "title": {"en": "Report Abuse", "km": "រាយការណ៍ការរំលោភបំពាន"},
    "seo_title": {
        "en": "Report Child Abuse Safely | APLE Cambodia",
        "km": "រាយការណ៍ការរំលោភបំពានលើកុមារដោយសុវត្ថិភាព | APLE កម្ពុជា",
    },
    "search_description": {
        "en": (
            "Report child sexual abuse or exploitation, online or offline, to APLE's hotline. "
            "No account is needed and you can stay anonymous."
        ),
        "km": (
            "រាយការណ៍ការរំលោភបំពាន ឬការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ ទាំងលើអ៊ីនធឺណិត និងក្រៅអ៊ីនធឺណិត "
            "ទៅកាន់ខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE។ មិនចាំបាច់មានគណនីទេ ហើយអ្នកអាចរាយការណ៍ដោយមិនបញ្ចេញឈ្មោះ។"
        ),
    },
    "intro": {
        "en": (
            "Tell our hotline what you saw or what worries you. You do not need an account, and you can stay anonymous."
        ),
        "km": (
            "សូមប្រាប់ខ្សែទូរស័ព្ទបន្ទាន់របស់យើងពីអ្វីដែលអ្នកបានឃើញ ឬអ្វីដែលធ្វើឱ្យអ្នកព្រួយបារម្ភ។ "
            "អ្នកមិនចាំបាច់មានគណនីទេ ហើយអ្នកអាចរាយការណ៍ដោយមិនបញ្ចេញឈ្មោះ។"
        ),
    },
    "body": {"en": [], "km": []},
    "fields": {
        "what_happens": {
            "en": (
                "<p>Your report goes straight to APLE's hotline analysts, a small trained team. Nobody else can "
                "open it, not even the staff who run this website.</p><ul>"
                "<li>An analyst reads every report, usually within one working day.</li>"
                "<li>When a web address shows child sexual abuse material, we pass it to the Cambodian police "
                "and, if it is hosted abroad, to the partner hotline of that country in the INHOPE network, "
                "so that it is taken down.</li>"
                "<li>When a child may be in danger in Cambodia, we work with the police and social services "
                "to protect them.</li>"
                "<li>We never contact you unless you ask us to.</li></ul>"
            ),
            "km": (
                "<p>របាយការណ៍របស់អ្នកត្រូវបានបញ្ជូនដោយផ្ទាល់ទៅកាន់អ្នកវិភាគខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE "
                "ដែលជាក្រុមតូចមួយបានទទួលការបណ្តុះបណ្តាល។ គ្មាននរណាផ្សេងទៀតអាចបើកមើលវាបានឡើយ "
                "សូម្បីតែបុគ្គលិកដែលគ្រប់គ្រងគេហទំព័រនេះក៏ដោយ។</p><ul>"
                "<li>អ្នកវិភាគអានរាល់របាយការណ៍ ជាធម្មតាក្នុងរយៈពេលមួយថ្ងៃធ្វើការ។</li>"
                "<li>នៅពេលអាសយដ្ឋានគេហទំព័រណាមួយបង្ហាញសម្ភារៈរំលោភបំពានផ្លូវភេទលើកុមារ "
                "យើងបញ្ជូនវាទៅនគរបាលកម្ពុជា ហើយប្រសិនបើវាត្រូវបានដាក់នៅបរទេស "
                "យើងបញ្ជូនទៅខ្សែទូរស័ព្ទបន្ទាន់ដៃគូនៃប្រទេសនោះក្នុងបណ្តាញ INHOPE ដើម្បីឱ្យវាត្រូវបានលុបចេញ។</li>"
                "<li>នៅពេលកុមារម្នាក់អាចស្ថិតក្នុងគ្រោះថ្នាក់នៅកម្ពុជា "
                "យើងធ្វើការជាមួយនគរបាល និងសេវាសង្គមកិច្ច ដើម្បីការពារពួកគេ។</li>"
                "<li>យើងមិនដែលទាក់ទងអ្នកទេ លុះត្រាតែអ្នកស្នើសុំ។</li></ul>"
            ),
        },
        "law": {
            "en": (
                "<p>Making, selling, sharing or showing sexual images or videos of a child is a serious crime "
                "in Cambodia, punished with prison under the 2008 Law on Suppression of Human Trafficking and "
                "Sexual Exploitation. In many countries, downloading or simply keeping such material is a crime "
                "as well, and every copy harms the child again.</p>"
                "<p>Telling a hotline where you saw it is not a crime. Keeping a copy \u201cas evidence\u201d "
                "can be: a web address or an account name is all we and the police need.</p>"
            ),
            "km": (
                "<p>ការផលិត ការលក់ ការចែករំលែក ឬការបង្ហាញរូបភាព ឬវីដេអូផ្លូវភេទរបស់កុមារ "
                "គឺជាបទល្មើសធ្ងន់ធ្ងរនៅកម្ពុជា ដែលត្រូវផ្តន្ទាទោសដាក់ពន្ធនាគារ "
                "តាមច្បាប់ស្តីពីការបង្ក្រាបអំពើជួញដូរមនុស្ស និងអំពើធ្វើអាជីវកម្មផ្លូវភេទ ឆ្នាំ២០០៨។ "
                "នៅប្រទេសជាច្រើន ការទាញយក ឬគ្រាន់តែរក្សាទុកសម្ភារៈបែបនេះ ក៏ជាបទល្មើសដែរ "
                "ហើយច្បាប់ចម្លងនីមួយៗធ្វើបាបកុមារម្តងទៀត។</p>"
                "<p>ការប្រាប់ខ្សែទូរស័ព្ទបន្ទាន់ពីកន្លែងដែលអ្នកបានឃើញវា មិនមែនជាបទល្មើសទេ។ "
                "ប៉ុន្តែការរក្សាទុកច្បាប់ចម្លង «ទុកជាភស្តុតាង» អាចជាបទល្មើស៖ "
                "អាសយដ្ឋានគេហទំព័រ ឬឈ្មោះគណនី គឺគ្រប់គ្រាន់ហើយសម្រាប់យើង និងនគរបាល។</p>"
            ),
        },
        "next_steps": {
            "en": (
                "<p>An analyst will read your report, usually within one working day. If you asked to be "
                "contacted, we will use the phone number or email address you gave, in the language you "
                "chose, and we will say only that we are calling from APLE.</p>"
                "<p>If you remember something else, send a new report and mention this reference in it.</p>"
            ),
            "km": (
                "<p>អ្នកវិភាគនឹងអានរបាយការណ៍របស់អ្នក ជាធម្មតាក្នុងរយៈពេលមួយថ្ងៃធ្វើការ។ "
                "ប្រសិនបើអ្នកបានស្នើសុំឱ្យយើងទាក់ទងមកវិញ យើងនឹងប្រើលេខទូរស័ព្ទ ឬអាសយដ្ឋានអ៊ីមែលដែលអ្នកបានផ្តល់ "
                "ជាភាសាដែលអ្នកបានជ្រើសរើស ហើយយើងនឹងប្រាប់តែថា យើងទូរស័ព្ទមកពី APLE ប៉ុណ្ណោះ។</p>"
                "<p>ប្រសិនបើអ្នកនឹកឃើញអ្វីផ្សេងទៀត សូមផ្ញើរបាយការណ៍ថ្មី ហើយបញ្ជាក់លេខយោងនេះនៅក្នុងនោះ។</p>"
            ),
        },
    },
    "children": [],
}

DONATE = {
    "slug": {"en": "donate", "km": "donate"},
    "title": {"en": "Donate", "km": "បរិច្ចាគ"},
    "seo_title": {
        "en": "Donate to Protect Children | APLE Cambodia",
        "km": "បរិច្ចាគដើម្បីការពារកុមារ | APLE កម្ពុជា",
    },
    "search_description": {
        "en": (
            "Your gift keeps the hotline open, trains communities and gives survivors free legal and social "
            "support. See how donations are used and how to give."
        ),
        "km": (
            "អំណោយរបស់អ្នកជួយរក្សាខ្សែទូរស័ព្ទបន្ទាន់ឱ្យដំណើរការ បណ្តុះបណ្តាលសហគមន៍ "
            "និងផ្តល់ការគាំទ្រផ្នែកច្បាប់ និងសង្គមដោយឥតគិតថ្លៃដល់ជនរងគ្រោះ។ "
            "សូមស្វែងយល់ពីរបៀបប្រើប្រាស់ការបរិច្ចាគ និងរបៀបបរិច្ចាគ។"
        ),
    },
    "intro": {
        "en": "Every gift, large or small, helps a child be safer.",
        "km": "រាល់អំណោយ មិនថាធំ ឬតូច សុទ្ធតែជួយឱ្យកុមារម្នាក់កាន់តែមានសុវត្ថិភាព។",
    },
    "body": {
        "en": [
            {"type": "heading", "value": {"text": "What your gift pays for", "level": "h2"}},
            {
                "type": "statistics",
                "value": {
                    "title": "",
                    "items": [
                        {"value": "$10", "label": "a day of hotline calls answered"},
                        {"value": "$25", "label": "a safety session for a village school"},
                        {"value": "$60", "label": "a month of counselling for a survivor"},
                        {"value": "$150", "label": "a lawyer beside a child in court"},
                    ],
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>These are demo figures to show how gifts add up. We are careful with every riel and every "
                    "dollar, and our impact reports explain how the money was spent.</p>"
                ),
            },
        ],
        "km": [
            {"type": "heading", "value": {"text": "អំណោយរបស់អ្នកចំណាយលើអ្វីខ្លះ", "level": "h2"}},
            {
                "type": "statistics",
                "value": {
                    "title": "",
                    "items": [
                        {"value": "១០ ដុល្លារ", "label": "ការឆ្លើយតបទូរស័ព្ទបន្ទាន់សម្រាប់មួយថ្ងៃ"},
                        {"value": "២៥ ដុល្លារ", "label": "វគ្គអប់រំសុវត្ថិភាពមួយសម្រាប់សាលារៀននៅភូមិ"},
                        {"value": "៦០ ដុល្លារ", "label": "ការប្រឹក្សាផ្លូវចិត្តមួយខែសម្រាប់ជនរងគ្រោះម្នាក់"},
                        {"value": "១៥០ ដុល្លារ", "label": "មេធាវីម្នាក់នៅក្បែរកុមារនៅតុលាការ"},
                    ],
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>តួលេខទាំងនេះជាតួលេខសាកល្បង ដើម្បីបង្ហាញពីរបៀបដែលអំណោយរួមបញ្ចូលគ្នា។ "
                    "យើងប្រើប្រាស់គ្រប់រៀល និងគ្រប់ដុល្លារដោយប្រុងប្រយ័ត្ន "
                    "ហើយរបាយការណ៍សមិទ្ធផលរបស់យើងពន្យល់ពីរបៀបដែលថវិកាត្រូវបានចំណាយ។</p>"
                ),
            },
        ],
    },
    "fields": {"ways_title": {"en": "Ways to give", "km": "មធ្យោបាយបរិច្ចាគ"}},
    "children": [],
}

WAYS_TO_GIVE = [
    {
        "kind": "bank",
        "title": {"en": "Bank transfer", "km": "ផ្ទេរប្រាក់តាមធនាគារ"},
        "details": {
            "en": (
                "Account name: APLE Cambodia (demo)\nAccount number: 0000-0000-0000 (demo)\n"
                "Currency: US dollars or riels\nPlease email us after your transfer so that we can thank you "
                "and send a receipt."
            ),
            "km": (
                "ឈ្មោះគណនី៖ APLE Cambodia (សាកល្បង)\nលេខគណនី៖ 0000-0000-0000 (សាកល្បង)\n"
                "រូបិយប័ណ្ណ៖ ដុល្លារអាមេរិក ឬប្រាក់រៀល\n"
                "សូមផ្ញើអ៊ីមែលមកយើងបន្ទាប់ពីផ្ទេរប្រាក់ ដើម្បីឱ្យយើងអាចថ្លែងអំណរគុណ និងផ្ញើបង្កាន់ដៃជូនអ្នក។"
            ),
        },
    },
    {
        "kind": "online",
        "title": {"en": "Mobile banking and KHQR", "km": "ធនាគារចល័ត និង KHQR"},
        "details": {
            "en": (
                "Pay from any Cambodian banking app with the KHQR code we send you on request. "
                "Write to info@aplecambodia.org with the amount you would like to give."
            ),
            "km": (
                "បង់ប្រាក់ពីកម្មវិធីធនាគារណាមួយនៅកម្ពុជា ដោយប្រើកូដ KHQR ដែលយើងផ្ញើជូនអ្នកតាមការស្នើសុំ។ "
                "សូមសរសេរមកកាន់ info@aplecambodia.org ដោយបញ្ជាក់ពីចំនួនទឹកប្រាក់ដែលអ្នកចង់បរិច្ចាគ។"
            ),
        },
    },
    {
        "kind": "in_kind",
        "title": {"en": "Gifts in kind", "km": "អំណោយជាសម្ភារៈ"},
        "details": {
            "en": (
                "School supplies, hygiene kits and clothes for the children we support, or professional "
                "services such as printing, translation and legal advice. Please ask us first, so that what you "
                "give is what is needed."
            ),
            "km": (
                "សម្ភារៈសិក្សា សម្ភារៈអនាម័យ និងសម្លៀកបំពាក់សម្រាប់កុមារដែលយើងគាំទ្រ "
                "ឬសេវាកម្មជំនាញដូចជា ការបោះពុម្ព ការបកប្រែ និងការប្រឹក្សាផ្នែកច្បាប់។ "
                "សូមសួរយើងជាមុនសិន ដើម្បីឱ្យអ្វីដែលអ្នកផ្តល់ គឺជាអ្វីដែលត្រូវការពិតប្រាកដ។"
            ),
        },
    },
]

GET_INVOLVED = {
    "slug": {"en": "get-involved", "km": "get-involved"},
    "title": {"en": "Get Involved", "km": "ចូលរួមជាមួយយើង"},
    "seo_title": {"en": "Get Involved | APLE Cambodia", "km": "ចូលរួមជាមួយយើង | APLE កម្ពុជា"},
    "search_description": {
        "en": (
            "Volunteer, partner with us, share our safety messages or run a fundraiser. "
            "Find a way to help protect children that suits you."
        ),
        "km": (
            "ស្ម័គ្រចិត្ត ធ្វើជាដៃគូជាមួយយើង ផ្សព្វផ្សាយសារសុវត្ថិភាពរបស់យើង ឬរៀបចំកម្មវិធីរៃអង្គាសថវិកា។ "
            "ស្វែងរកមធ្យោបាយជួយការពារកុមារដែលសមស្របនឹងអ្នក។"
        ),
    },
    "intro": {
        "en": "There are many ways to join the effort to protect children.",
        "km": "មានមធ្យោបាយជាច្រើនដើម្បីចូលរួមក្នុងកិច្ចខិតខំប្រឹងប្រែងការពារកុមារ។",
    },
    "body": {
        "en": [
            {"type": "heading", "value": {"text": "Ways to help", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<ul><li><b>Spread the word:</b> share our posts on Facebook and other platforms, and talk "
                    "with friends about online safety.</li><li><b>Volunteer your skills:</b> design, "
                    "translation, photography or IT skills can all make a difference.</li><li><b>Partner with "
                    "us:</b> schools, businesses and community groups can host awareness sessions.</li>"
                    "<li><b>Fundraise:</b> organise a sponsored run, a concert or a birthday appeal.</li></ul>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "title": "Child safety comes first",
                    "text": (
                        "<p>All volunteers and partners who may come into contact with children must follow our "
                        "child protection policy and pass background checks.</p>"
                    ),
                    "style": "info",
                },
            },
        ],
        "km": [
            {"type": "heading", "value": {"text": "មធ្យោបាយក្នុងការជួយ", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<ul><li><b>ផ្សព្វផ្សាយបន្ត៖</b> ចែករំលែកការបង្ហោះរបស់យើងនៅលើ Facebook "
                    "និងបណ្តាញផ្សេងៗទៀត ហើយពិភាក្សាជាមួយមិត្តភក្តិអំពីសុវត្ថិភាពតាមអនឡាញ។</li>"
                    "<li><b>ស្ម័គ្រចិត្តចែករំលែកជំនាញរបស់អ្នក៖</b> ជំនាញរចនា បកប្រែ ថតរូប ឬព័ត៌មានវិទ្យា "
                    "សុទ្ធតែអាចរួមចំណែកបាន។</li><li><b>ធ្វើជាដៃគូជាមួយយើង៖</b> សាលារៀន អាជីវកម្ម "
                    "និងក្រុមសហគមន៍ អាចរៀបចំវគ្គផ្សព្វផ្សាយការយល់ដឹង។</li><li><b>រៃអង្គាសថវិកា៖</b> "
                    "រៀបចំការរត់ដើម្បីរៃអង្គាសថវិកា ការប្រគុំតន្ត្រី ឬការអំពាវនាវក្នុងថ្ងៃខួបកំណើតរបស់អ្នក។</li></ul>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "title": "សុវត្ថិភាពកុមារជាអាទិភាព",
                    "text": (
                        "<p>អ្នកស្ម័គ្រចិត្ត និងដៃគូទាំងអស់ ដែលអាចមានទំនាក់ទំនងជាមួយកុមារ "
                        "ត្រូវគោរពតាមគោលនយោបាយការពារកុមាររបស់យើង និងឆ្លងកាត់ការត្រួតពិនិត្យប្រវត្តិរូប។</p>"
                    ),
                    "style": "info",
                },
            },
        ],
    },
    "fields": {
        "form_title": {"en": "Tell us how you would like to help", "km": "ប្រាប់យើងពីរបៀបដែលអ្នកចង់ជួយ"},
        "thank_you_text": {
            "en": "<p>Thank you for your message. We read every one and will reply within a week.</p>",
            "km": "<p>សូមអរគុណសម្រាប់សាររបស់អ្នក។ យើងអានរាល់សារ ហើយនឹងឆ្លើយតបក្នុងរយៈពេលមួយសប្តាហ៍។</p>",
        },
    },
    "children": [],
}

# The Get Involved form (Wagtail's form builder): (field type, required, label, choices).
FORM_FIELDS = [
    ("singleline", True, {"en": "Your name", "km": "ឈ្មោះរបស់អ្នក"}, None),
    ("email", True, {"en": "Email address", "km": "អាសយដ្ឋានអ៊ីមែល"}, None),
    ("singleline", False, {"en": "Phone number", "km": "លេខទូរស័ព្ទ"}, None),
    (
        "dropdown",
        True,
        {"en": "I would like to", "km": "ខ្ញុំចង់"},
        {
            "en": "Volunteer\nStart a partnership\nRaise funds\nSomething else",
            "km": "ធ្វើជាអ្នកស្ម័គ្រចិត្ត\nចាប់ផ្តើមភាពជាដៃគូ\nរៃអង្គាសថវិកា\nផ្សេងទៀត",
        },
    ),
    ("multiline", True, {"en": "Your message", "km": "សាររបស់អ្នក"}, None),
]

WORK_WITH_US = {
    "slug": {"en": "work-with-us", "km": "work-with-us"},
    "title": {"en": "Work with Us", "km": "ធ្វើការជាមួយយើង"},
    "seo_title": {"en": "Careers at APLE Cambodia", "km": "ឱកាសការងារនៅ APLE កម្ពុជា"},
    "search_description": {
        "en": "Open positions at APLE Cambodia, what it is like to work with us, and how to apply.",
        "km": "មុខតំណែងទំនេរនៅ APLE កម្ពុជា បរិយាកាសការងារជាមួយយើង និងរបៀបដាក់ពាក្យ។",
    },
    "intro": {
        "en": "Join a team that puts children first.",
        "km": "ចូលរួមជាមួយក្រុមការងារដែលចាត់ទុកកុមារជាអាទិភាព។",
    },
    "body": {
        "en": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Our staff include social workers, lawyers, trainers, hotline counsellors, researchers, "
                    "and finance and administration professionals. We value integrity, teamwork and a commitment "
                    "to children's rights, and we offer training and support so that staff can do demanding work "
                    "well. All candidates are screened in line with our child protection policy.</p>"
                ),
            },
        ],
        "km": [
            {
                "type": "paragraph",
                "value": (
                    "<p>បុគ្គលិករបស់យើងរួមមាន បុគ្គលិកសង្គមកិច្ច មេធាវី គ្រូបណ្តុះបណ្តាល "
                    "អ្នកប្រឹក្សាខ្សែទូរស័ព្ទបន្ទាន់ អ្នកស្រាវជ្រាវ និងអ្នកជំនាញផ្នែកហិរញ្ញវត្ថុ និងរដ្ឋបាល។ "
                    "យើងឱ្យតម្លៃលើភាពស្មោះត្រង់ ការងារជាក្រុម និងការប្តេជ្ញាចិត្តចំពោះសិទ្ធិកុមារ "
                    "ហើយយើងផ្តល់ការបណ្តុះបណ្តាល និងការគាំទ្រ ដើម្បីឱ្យបុគ្គលិកអាចបំពេញការងារដ៏លំបាកនេះបានល្អ។ "
                    "បេក្ខជនទាំងអស់ត្រូវឆ្លងកាត់ការត្រួតពិនិត្យ ស្របតាមគោលនយោបាយការពារកុមាររបស់យើង។</p>"
                ),
            },
        ],
    },
    "fields": {
        "no_vacancies_text": {
            "en": (
                "There are no open positions at the moment. You are welcome to send your CV to "
                "info@aplecambodia.org: we keep it for six months and contact you if a suitable post opens."
            ),
            "km": (
                "បច្ចុប្បន្នមិនមានមុខតំណែងទំនេរទេ។ អ្នកអាចផ្ញើប្រវត្តិរូបសង្ខេបរបស់អ្នកមកកាន់ info@aplecambodia.org៖ "
                "យើងរក្សាទុកវារយៈពេលប្រាំមួយខែ ហើយនឹងទាក់ទងអ្នក ប្រសិនបើមានមុខតំណែងសមស្រប។"
            ),
        },
    },
    "children": [],
}

HOW_TO_APPLY = {
    "en": (
        "<p>Send your CV and a one-page letter saying why you want this post to info@aplecambodia.org, with the job "
        "title in the subject line. We reply to every applicant within two weeks of the closing date. "
        "Shortlisted candidates are interviewed and their references checked.</p>"
    ),
    "km": (
        "<p>សូមផ្ញើប្រវត្តិរូបសង្ខេប និងលិខិតមួយទំព័រដែលពន្យល់ពីមូលហេតុដែលអ្នកចង់បានមុខតំណែងនេះ "
        "មកកាន់ info@aplecambodia.org ដោយសរសេរឈ្មោះមុខតំណែងនៅក្នុងប្រធានបទអ៊ីមែល។ "
        "យើងឆ្លើយតបបេក្ខជនគ្រប់រូបក្នុងរយៈពេលពីរសប្តាហ៍បន្ទាប់ពីកាលបរិច្ឆេទផុតកំណត់។ "
        "បេក្ខជនដែលជាប់ក្នុងបញ្ជីខ្លីនឹងត្រូវសម្ភាសន៍ ហើយអ្នកធានារបស់ពួកគេនឹងត្រូវបានផ្ទៀងផ្ទាត់។</p>"
    ),
}

# Vacancies: `closes_in` is days from the day the demo is loaded (negative: already closed, so hidden).
VACANCIES = [
    {
        "slug": "hotline-counsellor",
        "closes_in": 30,
        "title": {"en": "Hotline Counsellor", "km": "អ្នកប្រឹក្សាខ្សែទូរស័ព្ទបន្ទាន់"},
        "location": {"en": "Phnom Penh", "km": "រាជធានីភ្នំពេញ"},
        "employment": {"en": "Full time, shifts including nights", "km": "ពេញម៉ោង ជាវេន រួមទាំងវេនយប់"},
        "summary": {
            "en": "Answer calls and online reports about children at risk, and make sure each one reaches help.",
            "km": "ឆ្លើយតបការហៅទូរស័ព្ទ និងរបាយការណ៍តាមអនឡាញអំពីកុមារដែលប្រឈមនឹងគ្រោះថ្នាក់ ហើយធានាថារាល់ករណីនីមួយៗទទួលបានជំនួយ។",
        },
        "description": {
            "en": (
                "<p>You will listen to callers calmly, assess the risk to the child, record what matters, and "
                "refer cases to police, social services or our own lawyers. You need a degree in social work, "
                "psychology or law, or two years of similar experience, fluent Khmer and working English.</p>"
            ),
            "km": (
                "<p>អ្នកនឹងស្តាប់អ្នកហៅទូរស័ព្ទដោយស្ងប់ស្ងាត់ វាយតម្លៃហានិភ័យចំពោះកុមារ "
                "កត់ត្រាព័ត៌មានសំខាន់ៗ ហើយបញ្ជូនករណីទៅនគរបាល សេវាសង្គមកិច្ច ឬមេធាវីរបស់យើង។ "
                "អ្នកត្រូវមានសញ្ញាបត្រផ្នែកសង្គមកិច្ច ចិត្តវិទ្យា ឬនីតិសាស្ត្រ "
                "ឬបទពិសោធន៍ស្រដៀងគ្នារយៈពេលពីរឆ្នាំ ចេះភាសាខ្មែរស្ទាត់ និងភាសាអង់គ្លេសសម្រាប់ការងារ។</p>"
            ),
        },
    },
    {
        "slug": "community-prevention-officer-siem-reap",
        "closes_in": 45,
        "title": {"en": "Community Prevention Officer", "km": "មន្ត្រីបង្ការនៅសហគមន៍"},
        "location": {"en": "Siem Reap, with travel to villages", "km": "ខេត្តសៀមរាប ដោយមានការធ្វើដំណើរទៅភូមិ"},
        "employment": {"en": "Full time, two-year contract", "km": "ពេញម៉ោង កិច្ចសន្យាពីរឆ្នាំ"},
        "summary": {
            "en": "Run safety sessions with children, parents, teachers and village leaders.",
            "km": "ដឹកនាំវគ្គអប់រំសុវត្ថិភាពជាមួយកុមារ ឪពុកម្តាយ គ្រូបង្រៀន និងមេភូមិ។",
        },
        "description": {
            "en": (
                "<p>You will plan and lead prevention sessions, train community volunteers and keep in touch "
                "with local authorities. You enjoy speaking to groups, hold a motorbike licence and know the "
                "province well.</p>"
            ),
            "km": (
                "<p>អ្នកនឹងរៀបចំផែនការ និងដឹកនាំវគ្គបង្ការ បណ្តុះបណ្តាលអ្នកស្ម័គ្រចិត្តនៅសហគមន៍ "
                "និងរក្សាទំនាក់ទំនងជាមួយអាជ្ញាធរមូលដ្ឋាន។ អ្នកចូលចិត្តនិយាយនៅមុខក្រុម "
                "មានប័ណ្ណបើកបរម៉ូតូ និងស្គាល់ខេត្តនេះច្បាស់។</p>"
            ),
        },
    },
    {
        "slug": "finance-assistant",
        "closes_in": -10,
        "title": {"en": "Finance Assistant", "km": "ជំនួយការហិរញ្ញវត្ថុ"},
        "location": {"en": "Phnom Penh", "km": "រាជធានីភ្នំពេញ"},
        "employment": {"en": "Full time", "km": "ពេញម៉ោង"},
        "summary": {
            "en": "Keep the accounts in order and help prepare reports for our donors.",
            "km": "រក្សាគណនេយ្យឱ្យមានសណ្តាប់ធ្នាប់ និងជួយរៀបចំរបាយការណ៍សម្រាប់ម្ចាស់ជំនួយរបស់យើង។",
        },
        "description": {
            "en": "<p>This post has closed; it stays on the site so that old links still explain it.</p>",
            "km": "<p>មុខតំណែងនេះបានបិទហើយ។ វានៅតែមាននៅលើគេហទំព័រ ដើម្បីឱ្យតំណភ្ជាប់ចាស់ៗនៅតែពន្យល់អំពីវា។</p>",
        },
    },
]

# The directory of help services. National numbers are real; the local services are invented for the demo.
SERVICES = [
    {
        "kind": "police",
        "order": 1,
        "nationwide": True,
        "name": {
            "en": "Police hotline (child protection and trafficking)",
            "km": "ខ្សែទូរស័ព្ទបន្ទាន់នគរបាល (ការពារកុមារ និងការជួញដូរ)",
        },
        "description": {
            "en": "Report a child in danger, trafficking or sexual exploitation directly to the police.",
            "km": "រាយការណ៍ពីកុមារដែលស្ថិតក្នុងគ្រោះថ្នាក់ ការជួញដូរ ឬការកេងប្រវ័ញ្ចផ្លូវភេទ ដោយផ្ទាល់ទៅនគរបាល។",
        },
        "phones": [({"en": "Hotline", "km": "ខ្សែទូរស័ព្ទបន្ទាន់"}, "1288")],
        "hours": {"en": "24 hours, every day", "km": "២៤ម៉ោង រៀងរាល់ថ្ងៃ"},
        "languages": {"en": "Khmer", "km": "ខ្មែរ"},
    },
    {
        "kind": "police",
        "order": 2,
        "nationwide": True,
        "name": {"en": "Police emergency", "km": "នគរបាលសង្គ្រោះបន្ទាន់"},
        "description": {
            "en": "For any emergency where someone is in danger right now.",
            "km": "សម្រាប់គ្រោះអាសន្នណាមួយ ដែលមាននរណាម្នាក់កំពុងស្ថិតក្នុងគ្រោះថ្នាក់ឥឡូវនេះ។",
        },
        "phones": [({"en": "Emergency", "km": "សង្គ្រោះបន្ទាន់"}, "117")],
        "hours": {"en": "24 hours, every day", "km": "២៤ម៉ោង រៀងរាល់ថ្ងៃ"},
        "languages": {"en": "Khmer", "km": "ខ្មែរ"},
    },
    {
        "kind": "hotline",
        "order": 3,
        "nationwide": True,
        "name": {"en": "APLE 24/7 hotline", "km": "ខ្សែទូរស័ព្ទបន្ទាន់ ២៤ម៉ោងរបស់ APLE"},
        "description": {
            "en": (
                "Report suspected sexual abuse or exploitation of a child, online or offline, or ask for "
                "advice. Calls are confidential."
            ),
            "km": (
                "រាយការណ៍ពីការសង្ស័យថាមានការរំលោភបំពាន ឬការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ "
                "ទាំងលើអ៊ីនធឺណិត និងក្រៅអ៊ីនធឺណិត ឬសុំដំបូន្មាន។ ការហៅទូរស័ព្ទត្រូវបានរក្សាការសម្ងាត់។"
            ),
        },
        "phones": [({"en": "Hotline", "km": "ខ្សែទូរស័ព្ទបន្ទាន់"}, "092 311 511")],
        "hours": {"en": "24 hours, every day", "km": "២៤ម៉ោង រៀងរាល់ថ្ងៃ"},
        "languages": {"en": "Khmer and English", "km": "ខ្មែរ និងអង់គ្លេស"},
        "email": "info@aplecambodia.org",
    },
    {
        "kind": "hotline",
        "order": 4,
        "nationwide": True,
        "name": {"en": "Child Helpline Cambodia", "km": "ខ្សែទូរស័ព្ទជំនួយកុមារកម្ពុជា"},
        "description": {
            "en": "Free calls for children and young people who want to talk to someone about any problem.",
            "km": "ការហៅទូរស័ព្ទដោយឥតគិតថ្លៃ សម្រាប់កុមារ និងយុវជនដែលចង់និយាយជាមួយនរណាម្នាក់អំពីបញ្ហាណាមួយ។",
        },
        "phones": [({"en": "Free call", "km": "ហៅដោយឥតគិតថ្លៃ"}, "1280")],
        "hours": {"en": "24 hours, every day", "km": "២៤ម៉ោង រៀងរាល់ថ្ងៃ"},
        "languages": {"en": "Khmer", "km": "ខ្មែរ"},
    },
    {
        "kind": "health",
        "order": 5,
        "nationwide": True,
        "name": {"en": "Ambulance", "km": "រថយន្តសង្គ្រោះបន្ទាន់"},
        "description": {
            "en": "Urgent medical help and transport to hospital.",
            "km": "ជំនួយវេជ្ជសាស្ត្របន្ទាន់ និងការដឹកជញ្ជូនទៅមន្ទីរពេទ្យ។",
        },
        "phones": [({"en": "Emergency", "km": "សង្គ្រោះបន្ទាន់"}, "119")],
        "hours": {"en": "24 hours, every day", "km": "២៤ម៉ោង រៀងរាល់ថ្ងៃ"},
        "languages": {"en": "Khmer", "km": "ខ្មែរ"},
    },
    {
        "kind": "shelter",
        "order": 20,
        "provinces": ["phnom-penh", "kandal"],
        "name": {"en": "Safe Home for Girls (demo)", "km": "ផ្ទះសុវត្ថិភាពសម្រាប់ក្មេងស្រី (សាកល្បង)"},
        "description": {
            "en": "Short-term shelter, meals, school support and counselling for girls who cannot stay at home.",
            "km": "ទីជម្រកបណ្តោះអាសន្ន អាហារ ការគាំទ្រការសិក្សា និងការប្រឹក្សាផ្លូវចិត្តសម្រាប់ក្មេងស្រីដែលមិនអាចស្នាក់នៅផ្ទះបាន។",
        },
        "phones": [({"en": "Intake", "km": "ការទទួល"}, "012 000 101")],
        "hours": {"en": "24 hours, every day", "km": "២៤ម៉ោង រៀងរាល់ថ្ងៃ"},
        "languages": {"en": "Khmer", "km": "ខ្មែរ"},
        "address": {"en": "Address given by phone, for safety", "km": "អាសយដ្ឋានផ្តល់ជូនតាមទូរស័ព្ទ ដើម្បីសុវត្ថិភាព"},
    },
    {
        "kind": "shelter",
        "order": 21,
        "provinces": ["battambang", "banteay-meanchey", "pailin"],
        "name": {"en": "North-West Children's Shelter (demo)", "km": "ជម្រកកុមារភូមិភាគពាយ័ព្យ (សាកល្បង)"},
        "description": {
            "en": "Emergency care for boys and girls, with family tracing and support to return home safely.",
            "km": "ការថែទាំបន្ទាន់សម្រាប់ក្មេងប្រុស និងក្មេងស្រី ព្រមទាំងការស្វែងរកគ្រួសារ និងការគាំទ្រឱ្យត្រឡប់ទៅផ្ទះវិញដោយសុវត្ថិភាព។",
        },
        "phones": [({"en": "Intake", "km": "ការទទួល"}, "012 000 202")],
        "hours": {"en": "24 hours, every day", "km": "២៤ម៉ោង រៀងរាល់ថ្ងៃ"},
        "languages": {"en": "Khmer and Thai", "km": "ខ្មែរ និងថៃ"},
        "address": {"en": "Battambang town (address given by phone)", "km": "ក្រុងបាត់ដំបង (អាសយដ្ឋានផ្តល់ជូនតាមទូរស័ព្ទ)"},
    },
    {
        "kind": "counselling",
        "order": 30,
        "provinces": ["siem-reap", "oddar-meanchey", "preah-vihear"],
        "name": {"en": "Family Counselling Centre (demo)", "km": "មជ្ឈមណ្ឌលប្រឹក្សាគ្រួសារ (សាកល្បង)"},
        "description": {
            "en": "Free counselling for children who have been abused and for their parents, in person or by phone.",
            "km": "ការប្រឹក្សាផ្លូវចិត្តដោយឥតគិតថ្លៃ សម្រាប់កុមារដែលត្រូវបានរំលោភបំពាន និងឪពុកម្តាយរបស់ពួកគេ ដោយផ្ទាល់ ឬតាមទូរស័ព្ទ។",
        },
        "phones": [({"en": "Appointments", "km": "ការណាត់ជួប"}, "012 000 303")],
        "hours": {"en": "Monday to Saturday, 8:00 to 17:00", "km": "ថ្ងៃច័ន្ទ ដល់ថ្ងៃសៅរ៍ ម៉ោង ៨:០០ ដល់ ១៧:០០"},
        "languages": {"en": "Khmer and English", "km": "ខ្មែរ និងអង់គ្លេស"},
        "address": {"en": "Siem Reap town", "km": "ក្រុងសៀមរាប"},
    },
    {
        "kind": "counselling",
        "order": 31,
        "provinces": ["preah-sihanouk", "kampot", "kep", "koh-kong"],
        "name": {"en": "Coastal Youth Counselling (demo)", "km": "ការប្រឹក្សាយុវជនតំបន់ឆ្នេរ (សាកល្បង)"},
        "description": {
            "en": "Counselling and peer support groups for teenagers, including after online exploitation.",
            "km": "ការប្រឹក្សាផ្លូវចិត្ត និងក្រុមគាំទ្រមិត្តភក្តិសម្រាប់ក្មេងជំទង់ រួមទាំងបន្ទាប់ពីការកេងប្រវ័ញ្ចតាមអនឡាញ។",
        },
        "phones": [({"en": "Office", "km": "ការិយាល័យ"}, "012 000 404")],
        "hours": {"en": "Monday to Friday, 8:00 to 17:00", "km": "ថ្ងៃច័ន្ទ ដល់ថ្ងៃសុក្រ ម៉ោង ៨:០០ ដល់ ១៧:០០"},
        "languages": {"en": "Khmer", "km": "ខ្មែរ"},
        "address": {"en": "Sihanoukville", "km": "ក្រុងព្រះសីហនុ"},
    },
    {
        "kind": "legal",
        "order": 40,
        "nationwide": True,
        "name": {"en": "APLE legal support for survivors", "km": "ជំនួយផ្នែកច្បាប់របស់ APLE សម្រាប់ជនរងគ្រោះ"},
        "description": {
            "en": (
                "Free lawyers who stand beside children and their families from the police station to the "
                "court, anywhere in Cambodia."
            ),
            "km": ("មេធាវីដោយឥតគិតថ្លៃ ដែលនៅក្បែរកុមារ និងគ្រួសាររបស់ពួកគេ ចាប់ពីប៉ុស្តិ៍នគរបាល រហូតដល់តុលាការ នៅគ្រប់ទីកន្លែងក្នុងប្រទេសកម្ពុជា។"),
        },
        "phones": [({"en": "Through the hotline", "km": "តាមរយៈខ្សែទូរស័ព្ទបន្ទាន់"}, "092 311 511")],
        "hours": {"en": "Monday to Friday, 8:00 to 17:00", "km": "ថ្ងៃច័ន្ទ ដល់ថ្ងៃសុក្រ ម៉ោង ៨:០០ ដល់ ១៧:០០"},
        "languages": {"en": "Khmer and English", "km": "ខ្មែរ និងអង់គ្លេស"},
    },
    {
        "kind": "legal",
        "order": 41,
        "provinces": ["phnom-penh", "kandal", "takeo", "kampong-speu"],
        "name": {"en": "Community Legal Aid Desk (demo)", "km": "តុជំនួយច្បាប់សហគមន៍ (សាកល្បង)"},
        "description": {
            "en": "Free advice on birth registration, custody and protection orders for women and children.",
            "km": "ការប្រឹក្សាដោយឥតគិតថ្លៃស្តីពីការចុះបញ្ជីកំណើត ការថែរក្សាកូន និងដីកាការពារសម្រាប់ស្ត្រី និងកុមារ។",
        },
        "phones": [({"en": "Office", "km": "ការិយាល័យ"}, "012 000 505")],
        "hours": {"en": "Monday to Friday, 8:00 to 16:00", "km": "ថ្ងៃច័ន្ទ ដល់ថ្ងៃសុក្រ ម៉ោង ៨:០០ ដល់ ១៦:០០"},
        "languages": {"en": "Khmer", "km": "ខ្មែរ"},
        "address": {"en": "Phnom Penh, Chamkar Mon district", "km": "រាជធានីភ្នំពេញ ខណ្ឌចំការមន"},
    },
    {
        "kind": "health",
        "order": 50,
        "provinces": ["kampong-cham", "tbong-khmum", "kratie", "prey-veng", "svay-rieng"],
        "name": {"en": "Women and Children's Clinic (demo)", "km": "គ្លីនិកស្ត្រី និងកុមារ (សាកល្បង)"},
        "description": {
            "en": (
                "Medical care after sexual assault, with a female doctor on request, emergency contraception "
                "and HIV prevention, free for children."
            ),
            "km": (
                "ការថែទាំវេជ្ជសាស្ត្របន្ទាប់ពីការរំលោភផ្លូវភេទ ដោយមានវេជ្ជបណ្ឌិតស្ត្រីតាមការស្នើសុំ "
                "ការពន្យារកំណើតបន្ទាន់ និងការបង្ការមេរោគអេដស៍ ដោយឥតគិតថ្លៃសម្រាប់កុមារ។"
            ),
        },
        "phones": [({"en": "Clinic", "km": "គ្លីនិក"}, "012 000 606")],
        "hours": {"en": "24 hours, every day", "km": "២៤ម៉ោង រៀងរាល់ថ្ងៃ"},
        "languages": {"en": "Khmer and Vietnamese", "km": "ខ្មែរ និងវៀតណាម"},
        "address": {"en": "Kampong Cham town", "km": "ក្រុងកំពង់ចាម"},
    },
]

TAKE_ACTION_CHILDREN = [REPORT_ABUSE, SEEK_HELP, DONATE, GET_INVOLVED, WORK_WITH_US]
