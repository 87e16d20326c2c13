r"""Bilingual (English / Khmer) demo content for the APLE Cambodia site.

All text here is original demo copy written for this project. Figures are
deliberately modest and rounded, and are labelled as demo figures where they
are not simple facts (e.g. APLE was founded in 2003).

``HOME`` holds the fields of the home page. ``PAGES`` is the page tree below
the home page; every node has the keys ``slug``, ``title``, ``seo_title``,
``search_description``, ``intro``, ``body`` and ``children``. Each translatable
field is a ``{"en": ..., "km": ...}`` dict; ``body`` holds raw StreamField
data (a list of ``{"type": ..., "value": ...}`` blocks) per language, with the
same block structure in both languages.

Khmer slugs reuse the Latin slug: Django's ``validate_unicode_slug`` (used by
Wagtail's ``Page.slug``) matches ``[-\w]``, and Python's ``\w`` does not match
Khmer vowel signs and other combining marks, so Khmer-script slugs such as
"អំពីយើង" would fail validation.
"""

from aple_site.demo.content.takeaction import TAKE_ACTION_CHILDREN

HOME = {
    "title": {"en": "Home", "km": "ទំព័រដើម"},
    "seo_title": {
        "en": "APLE Cambodia – Protecting Children from Sexual Abuse",
        "km": "APLE កម្ពុជា – ការពារកុមារពីការរំលោភបំពានផ្លូវភេទ",
    },
    "search_description": {
        "en": (
            "APLE Cambodia protects children from sexual abuse and "
            "exploitation through prevention, a 24/7 hotline, justice and "
            "support for survivors."
        ),
        "km": (
            "APLE កម្ពុជា ការពារកុមារពីការរំលោភបំពាន "
            "និងការកេងប្រវ័ញ្ចផ្លូវភេទ តាមរយៈការបង្ការ ខ្សែទូរស័ព្ទបន្ទាន់ "
            "២៤ម៉ោង យុត្តិធម៌ និងការគាំទ្រជនរងគ្រោះ។"
        ),
    },
    "hero_heading": {
        "en": "Every child deserves to be safe",
        "km": "កុមារគ្រប់រូបសមនឹងទទួលបានសុវត្ថិភាព",
    },
    "hero_text": {
        "en": (
            "Since 2003, APLE has stood beside Cambodian children and "
            "families to prevent sexual abuse and exploitation and to bring "
            "offenders to justice. If you are worried about a child, we are "
            "here to listen."
        ),
        "km": (
            "តាំងពីឆ្នាំ ២០០៣ មក APLE បានឈរក្បែរកុមារ និងគ្រួសារកម្ពុជា "
            "ដើម្បីបង្ការការរំលោភបំពាន និងការកេងប្រវ័ញ្ចផ្លូវភេទ "
            "ហើយនាំជនល្មើសមកទទួលទោសតាមផ្លូវច្បាប់។ "
            "ប្រសិនបើអ្នកមានការព្រួយបារម្ភអំពីកុមារណាម្នាក់ "
            "យើងនៅទីនេះដើម្បីស្តាប់អ្នក។"
        ),
    },
    "hero_cta_label": {"en": "Report abuse", "km": "រាយការណ៍ការរំលោភបំពាន"},
    "mission_title": {"en": "Our mission", "km": "បេសកកម្មរបស់យើង"},
    "mission_text": {
        "en": (
            "<p>APLE Cambodia (<i>Action Pour Les Enfants</i>) is a Cambodian "
            "non-governmental organisation working so that every child can "
            "grow up free from sexual abuse and exploitation: at home, in the "
            "community and online.</p><p>We combine <b>prevention</b> in "
            "schools and communities, a <b>24/7 hotline</b>, support for "
            "<b>police and courts</b> and long-term <b>care for "
            "survivors</b>, while working with the government to strengthen "
            "the law.</p>"
        ),
        "km": (
            "<p>APLE កម្ពុជា (<i>Action Pour Les Enfants</i>) "
            "គឺជាអង្គការមិនមែនរដ្ឋាភិបាលកម្ពុជា "
            "ដែលធ្វើការដើម្បីឱ្យកុមារគ្រប់រូបអាចធំធាត់ដោយរួចផុតពីការរំលោភបំពាន "
            "និងការកេងប្រវ័ញ្ចផ្លូវភេទ ទាំងនៅក្នុងផ្ទះ នៅក្នុងសហគមន៍ "
            "និងនៅលើប្រព័ន្ធអនឡាញ។</p>"
            "<p>យើងរួមបញ្ចូលគ្នានូវ<b>ការបង្ការ</b>នៅតាមសាលារៀន និងសហគមន៍ "
            "<b>ខ្សែទូរស័ព្ទបន្ទាន់ ២៤ម៉ោង</b> ការគាំទ្រដល់<b>នគរបាល "
            "និងតុលាការ</b> និង<b>ការថែទាំជនរងគ្រោះ</b>រយៈពេលវែង "
            "ព្រមទាំងសហការជាមួយរាជរដ្ឋាភិបាល ដើម្បីពង្រឹងច្បាប់។</p>"
        ),
    },
    "impact_figures": [
        {
            "value": {"en": "20+", "km": "២០+"},
            "label": {
                "en": "years protecting children",
                "km": "ឆ្នាំនៃការការពារកុមារ",
            },
        },
        {
            "value": {"en": "24/7", "km": "២៤/៧"},
            "label": {
                "en": "hotline open day and night",
                "km": "ខ្សែទូរស័ព្ទបន្ទាន់បើកទាំងថ្ងៃទាំងយប់",
            },
        },
        {
            "value": {"en": "5", "km": "៥"},
            "label": {
                "en": "programmes working together",
                "km": "កម្មវិធីដែលធ្វើការរួមគ្នា",
            },
        },
        {
            "value": {"en": "2015", "km": "២០១៥"},
            "label": {
                "en": "the year our Internet Hotline joined INHOPE, the global network of hotlines",
                "km": "ឆ្នាំដែលខ្សែទូរស័ព្ទបន្ទាន់អ៊ីនធឺណិតរបស់យើងចូលជាសមាជិក INHOPE ដែលជាបណ្ដាញខ្សែទូរស័ព្ទបន្ទាន់ពិភពលោក",
            },
        },
    ],
    "programmes": [
        {
            "page": "early-prevention",
            "title": {"en": "Early Prevention", "km": "ការបង្ការជាមុន"},
            "text": {
                "en": (
                    "We teach children, parents and teachers to recognise "
                    "risks and keep children safe, both offline and online."
                ),
                "km": (
                    "យើងបង្រៀនកុមារ ឪពុកម្តាយ និងគ្រូបង្រៀន ឱ្យចេះស្គាល់ហានិភ័យ និងរក្សាសុវត្ថិភាពកុមារ ទាំងក្នុងជីវិតប្រចាំថ្ងៃ និងនៅលើប្រព័ន្ធអនឡាញ។"
                ),
            },
        },
        {
            "page": "criminal-justice",
            "title": {"en": "Criminal Justice", "km": "យុត្តិធម៌ព្រហ្មទណ្ឌ"},
            "text": {
                "en": (
                    "We support police and courts so that offenders are properly investigated and held accountable."
                ),
                "km": ("យើងគាំទ្រនគរបាល និងតុលាការ ដើម្បីឱ្យជនល្មើសត្រូវបានស៊ើបអង្កេតបានត្រឹមត្រូវ និងទទួលខុសត្រូវចំពោះទង្វើរបស់ខ្លួន។"),
            },
        },
        {
            "page": "victim-support",
            "title": {"en": "Victim Support", "km": "ការគាំទ្រជនរងគ្រោះ"},
            "text": {
                "en": ("We walk alongside children and families with free legal, social and emotional support."),
                "km": ("យើងដើរជាមួយកុមារ និងគ្រួសារ ដោយផ្តល់ការគាំទ្រផ្នែកច្បាប់ សង្គម និងផ្លូវចិត្ត ដោយឥតគិតថ្លៃ។"),
            },
        },
        {
            "page": "legal-reforms",
            "title": {"en": "Legal Reforms", "km": "កំណែទម្រង់ច្បាប់"},
            "text": {
                "en": ("We work with lawmakers and ministries to close gaps in the laws that protect children."),
                "km": ("យើងធ្វើការជាមួយអ្នកតាក់តែងច្បាប់ និងក្រសួងពាក់ព័ន្ធ ដើម្បីបំពេញចន្លោះខ្វះខាតនៃច្បាប់ដែលការពារកុមារ។"),
            },
        },
        {
            "page": "hotline",
            "title": {"en": "Hotline", "km": "ខ្សែទូរស័ព្ទបន្ទាន់"},
            "text": {
                "en": ("Our 24/7 hotline receives reports and concerns from anyone, in confidence."),
                "km": ("ខ្សែទូរស័ព្ទបន្ទាន់ ២៤ម៉ោងរបស់យើង ទទួលរបាយការណ៍ និងការព្រួយបារម្ភពីមនុស្សគ្រប់គ្នា ដោយរក្សាការសម្ងាត់។"),
            },
        },
    ],
}


PAGES = [
    {
        "slug": {"en": "about-us", "km": "about-us"},
        "title": {"en": "About Us", "km": "អំពីយើង"},
        "seo_title": {
            "en": "About APLE Cambodia | Who We Are",
            "km": "អំពី APLE កម្ពុជា | យើងជានរណា",
        },
        "search_description": {
            "en": (
                "Learn who we are: a Cambodian NGO protecting children from sexual abuse and exploitation since 2003."
            ),
            "km": (
                "ស្វែងយល់ថាយើងជានរណា៖ អង្គការមិនមែនរដ្ឋាភិបាលកម្ពុជា "
                "ដែលការពារកុមារពីការរំលោភបំពាន និងការកេងប្រវ័ញ្ចផ្លូវភេទ "
                "តាំងពីឆ្នាំ ២០០៣។"
            ),
        },
        "intro": {
            "en": (
                "APLE Cambodia is a Cambodian organisation dedicated to "
                "protecting children from sexual abuse and exploitation."
            ),
            "km": ("APLE កម្ពុជា គឺជាអង្គការកម្ពុជាមួយ ដែលប្តេជ្ញាការពារកុមារពីការរំលោភបំពាន និងការកេងប្រវ័ញ្ចផ្លូវភេទ។"),
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Founded in 2003, APLE began by investigating "
                        "cases of child sexual abuse and helping bring them "
                        "before the courts. Over the years our work has grown "
                        "to include prevention, a 24/7 hotline, care for "
                        "survivors and policy advocacy, always guided by the "
                        "best interests of the child.</p><p>On these pages "
                        "you can read about our mission, meet our team, "
                        "explore our reports and learn about the networks we "
                        "belong to.</p>"
                    ),
                },
                {
                    "type": "statistics",
                    "value": {
                        "title": "APLE at a glance",
                        "items": [
                            {"value": "2003", "label": "year founded"},
                            {
                                "value": "24/7",
                                "label": "hotline for reports and advice",
                            },
                            {"value": "5", "label": "core programmes"},
                        ],
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>APLE ត្រូវបានបង្កើតឡើងនៅឆ្នាំ ២០០៣ "
                        "ដោយចាប់ផ្តើមពីការស៊ើបអង្កេតករណីរំលោភបំពានផ្លូវភេទលើកុមារ "
                        "និងជួយនាំករណីទាំងនោះទៅកាន់តុលាការ។ "
                        "ក្នុងរយៈពេលជាច្រើនឆ្នាំកន្លងមក "
                        "ការងាររបស់យើងបានពង្រីកដល់ការបង្ការ "
                        "ខ្សែទូរស័ព្ទបន្ទាន់ ២៤ម៉ោង ការថែទាំជនរងគ្រោះ "
                        "និងការតស៊ូមតិផ្នែកគោលនយោបាយ "
                        "ដោយតែងតែផ្អែកលើឧត្តមប្រយោជន៍របស់កុមារជាចម្បង។</p>"
                        "<p>នៅក្នុងទំព័រទាំងនេះ អ្នកអាចអានអំពីបេសកកម្មរបស់យើង "
                        "ស្គាល់ក្រុមការងាររបស់យើង ស្វែងយល់ពីរបាយការណ៍នានា "
                        "និងបណ្តាញដែលយើងជាសមាជិក។</p>"
                    ),
                },
                {
                    "type": "statistics",
                    "value": {
                        "title": "ទិដ្ឋភាពទូទៅរបស់ APLE",
                        "items": [
                            {"value": "២០០៣", "label": "ឆ្នាំបង្កើត"},
                            {
                                "value": "២៤/៧",
                                "label": ("ខ្សែទូរស័ព្ទបន្ទាន់សម្រាប់រាយការណ៍ និងសុំដំបូន្មាន"),
                            },
                            {"value": "៥", "label": "កម្មវិធីស្នូល"},
                        ],
                    },
                },
            ],
        },
        "children": [
            {
                "slug": {
                    "en": "mission-and-vision",
                    "km": "mission-and-vision",
                },
                "title": {
                    "en": "Mission & Vision",
                    "km": "បេសកកម្ម និងចក្ខុវិស័យ",
                },
                "seo_title": {
                    "en": "Our Mission & Vision | APLE Cambodia",
                    "km": "បេសកកម្ម និងចក្ខុវិស័យ | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "Our vision is a Cambodia where every child lives "
                        "free from sexual abuse and exploitation. Read the "
                        "mission and values behind our work."
                    ),
                    "km": (
                        "ចក្ខុវិស័យរបស់យើង "
                        "គឺកម្ពុជាមួយដែលកុមារគ្រប់រូបរស់នៅដោយរួចផុតពីការរំលោភបំពាន "
                        "និងការកេងប្រវ័ញ្ចផ្លូវភេទ។ សូមអានអំពីបេសកកម្ម "
                        "និងគុណតម្លៃនៃការងាររបស់យើង។"
                    ),
                },
                "intro": {
                    "en": ("What we are working towards, and the values that guide how we work."),
                    "km": ("អ្វីដែលយើងកំពុងខិតខំសម្រេចឱ្យបាន និងគុណតម្លៃដែលដឹកនាំរបៀបធ្វើការរបស់យើង។"),
                },
                "body": {
                    "en": [
                        {
                            "type": "heading",
                            "value": {"text": "Our vision", "level": "h2"},
                        },
                        {
                            "type": "quote",
                            "value": {
                                "quote": (
                                    "A Cambodia where every child can grow up "
                                    "safe, respected and free from sexual "
                                    "abuse and exploitation."
                                ),
                                "attribution": "APLE vision statement",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {"text": "Our mission", "level": "h2"},
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>We protect children by preventing abuse "
                                "before it happens, responding quickly when "
                                "it does, and making sure that survivors "
                                "receive justice and care. We work hand in "
                                "hand with families, communities, schools, "
                                "police, courts and the government, because "
                                "no single organisation can keep children "
                                "safe on its own.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Our values",
                                "text": (
                                    "<p><b>The child comes first:</b> every "
                                    "decision is made in the child's best "
                                    "interests.</p><p><b>Respect and "
                                    "dignity:</b> we listen without "
                                    "judgement.</p><p><b>Confidentiality:</b> "
                                    "personal information is always "
                                    "protected.</p><p><b>Partnership:</b> "
                                    "lasting change needs everyone.</p>"
                                ),
                                "style": "info",
                            },
                        },
                    ],
                    "km": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "ចក្ខុវិស័យរបស់យើង",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "quote",
                            "value": {
                                "quote": (
                                    "កម្ពុជាមួយដែលកុមារគ្រប់រូបអាចធំធាត់ប្រកបដោយសុវត្ថិភាព "
                                    "ទទួលបានការគោរព និងរួចផុតពីការរំលោភបំពាន "
                                    "និងការកេងប្រវ័ញ្ចផ្លូវភេទ។"
                                ),
                                "attribution": ("សេចក្តីថ្លែងចក្ខុវិស័យរបស់ APLE"),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "បេសកកម្មរបស់យើង",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>យើងការពារកុមារ "
                                "ដោយបង្ការការរំលោភបំពានមុនពេលវាកើតឡើង "
                                "ឆ្លើយតបយ៉ាងរហ័សនៅពេលវាកើតឡើង "
                                "និងធានាថាជនរងគ្រោះទទួលបានយុត្តិធម៌ "
                                "និងការថែទាំ។ "
                                "យើងធ្វើការយ៉ាងជិតស្និទ្ធជាមួយគ្រួសារ សហគមន៍ "
                                "សាលារៀន នគរបាល តុលាការ និងរាជរដ្ឋាភិបាល "
                                "ព្រោះគ្មានអង្គការណាមួយអាចរក្សាសុវត្ថិភាពកុមារតែម្នាក់ឯងបានឡើយ។</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "គុណតម្លៃរបស់យើង",
                                "text": (
                                    "<p><b>កុមារជាអាទិភាព៖</b> "
                                    "រាល់ការសម្រេចចិត្តត្រូវធ្វើឡើងដើម្បីឧត្តមប្រយោជន៍របស់កុមារ។</p>"
                                    "<p><b>ការគោរព និងសេចក្តីថ្លៃថ្នូរ៖</b> "
                                    "យើងស្តាប់ដោយមិនវិនិច្ឆ័យ។</p>"
                                    "<p><b>ការរក្សាការសម្ងាត់៖</b> "
                                    "ព័ត៌មានផ្ទាល់ខ្លួនតែងតែត្រូវបានការពារ។</p>"
                                    "<p><b>ភាពជាដៃគូ៖</b> "
                                    "ការផ្លាស់ប្តូរដែលស្ថិតស្ថេរ "
                                    "ត្រូវការការចូលរួមពីគ្រប់គ្នា។</p>"
                                ),
                                "style": "info",
                            },
                        },
                    ],
                },
                "children": [],
            },
            {
                "slug": {"en": "our-team", "km": "our-team"},
                "title": {"en": "Our Team", "km": "ក្រុមការងាររបស់យើង"},
                "seo_title": {
                    "en": "Our Team | APLE Cambodia",
                    "km": "ក្រុមការងាររបស់យើង | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "Meet the people behind APLE: social workers, "
                        "lawyers, trainers and hotline staff working together "
                        "to protect children in Cambodia."
                    ),
                    "km": (
                        "ស្គាល់បុគ្គលិករបស់ APLE៖ បុគ្គលិកសង្គមកិច្ច មេធាវី "
                        "គ្រូបណ្តុះបណ្តាល និងបុគ្គលិកខ្សែទូរស័ព្ទបន្ទាន់ "
                        "ដែលធ្វើការរួមគ្នាដើម្បីការពារកុមារនៅកម្ពុជា។"
                    ),
                },
                "intro": {
                    "en": (
                        "Our team is made up of Cambodian professionals who bring skill and compassion to every case."
                    ),
                    "km": ("ក្រុមការងាររបស់យើងមានអ្នកជំនាញកម្ពុជា ដែលនាំយកជំនាញ និងក្តីមេត្តាករុណាមកក្នុងគ្រប់ករណី។"),
                },
                "body": {
                    "en": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Behind every call answered and every case "
                                "followed up is a dedicated team. The "
                                "profiles below are examples for this "
                                "demonstration site.</p>"
                            ),
                        },
                        {
                            "type": "people",
                            "value": {
                                "title": "Leadership and programme staff",
                                "items": [
                                    {
                                        "name": "Sokha",
                                        "role": "Executive Director",
                                        "bio": (
                                            "Leads APLE's strategy and "
                                            "partnerships, drawing on many "
                                            "years of experience in child "
                                            "rights."
                                        ),
                                    },
                                    {
                                        "name": "Dara",
                                        "role": ("Head of Criminal Justice Programme"),
                                        "bio": (
                                            "Coordinates support to police and prosecutors in cases involving children."
                                        ),
                                    },
                                    {
                                        "name": "Chantha",
                                        "role": "Victim Support Coordinator",
                                        "bio": (
                                            "Makes sure every child and "
                                            "family receives care, "
                                            "counselling and legal help."
                                        ),
                                    },
                                    {
                                        "name": "Vichet",
                                        "role": "Legal Officer",
                                        "bio": (
                                            "Accompanies survivors through "
                                            "court proceedings and "
                                            "contributes to legal reform work."
                                        ),
                                    },
                                    {
                                        "name": "Sreyneang",
                                        "role": "Prevention Trainer",
                                        "bio": (
                                            "Runs safety sessions for "
                                            "children, parents and teachers "
                                            "in schools and villages."
                                        ),
                                    },
                                    {
                                        "name": "Rithy",
                                        "role": "Hotline Team Leader",
                                        "bio": ("Leads the team that answers calls and messages day and night."),
                                    },
                                ],
                            },
                        },
                    ],
                    "km": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>នៅពីក្រោយរាល់ការឆ្លើយតបទូរស័ព្ទ "
                                "និងរាល់ករណីដែលត្រូវបានតាមដាន "
                                "គឺជាក្រុមការងារដែលលះបង់យ៉ាងពេញទំហឹង។ "
                                "ព័ត៌មានសង្ខេបខាងក្រោម "
                                "ជាឧទាហរណ៍សម្រាប់គេហទំព័រសាកល្បងនេះប៉ុណ្ណោះ។</p>"
                            ),
                        },
                        {
                            "type": "people",
                            "value": {
                                "title": "ថ្នាក់ដឹកនាំ និងបុគ្គលិកកម្មវិធី",
                                "items": [
                                    {
                                        "name": "សុខា",
                                        "role": "នាយកប្រតិបត្តិ",
                                        "bio": (
                                            "ដឹកនាំយុទ្ធសាស្ត្រ និងភាពជាដៃគូរបស់ APLE ដោយផ្អែកលើបទពិសោធន៍ជាច្រើនឆ្នាំក្នុងវិស័យសិទ្ធិកុមារ។"
                                        ),
                                    },
                                    {
                                        "name": "ដារ៉ា",
                                        "role": ("ប្រធានកម្មវិធីយុត្តិធម៌ព្រហ្មទណ្ឌ"),
                                        "bio": ("សម្របសម្រួលការគាំទ្រដល់នគរបាល និងព្រះរាជអាជ្ញា ក្នុងករណីដែលពាក់ព័ន្ធនឹងកុមារ។"),
                                    },
                                    {
                                        "name": "ចន្ថា",
                                        "role": ("អ្នកសម្របសម្រួលការគាំទ្រជនរងគ្រោះ"),
                                        "bio": ("ធានាថាកុមារ និងគ្រួសារគ្រប់រូបទទួលបានការថែទាំ ការប្រឹក្សា និងជំនួយផ្នែកច្បាប់។"),
                                    },
                                    {
                                        "name": "វិចិត្រ",
                                        "role": "មន្ត្រីផ្នែកច្បាប់",
                                        "bio": ("អមដំណើរជនរងគ្រោះក្នុងនីតិវិធីតុលាការ និងចូលរួមក្នុងការងារកំណែទម្រង់ច្បាប់។"),
                                    },
                                    {
                                        "name": "ស្រីនាង",
                                        "role": "គ្រូបណ្តុះបណ្តាលផ្នែកបង្ការ",
                                        "bio": ("រៀបចំវគ្គអប់រំអំពីសុវត្ថិភាព សម្រាប់កុមារ ឪពុកម្តាយ និងគ្រូបង្រៀន នៅតាមសាលារៀន និងភូមិ។"),
                                    },
                                    {
                                        "name": "ឫទ្ធី",
                                        "role": ("ប្រធានក្រុមខ្សែទូរស័ព្ទបន្ទាន់"),
                                        "bio": ("ដឹកនាំក្រុមដែលឆ្លើយតបការហៅទូរស័ព្ទ និងសារ ទាំងថ្ងៃទាំងយប់។"),
                                    },
                                ],
                            },
                        },
                    ],
                },
                "children": [],
            },
            {
                "slug": {"en": "impact-reports", "km": "impact-reports"},
                "title": {"en": "Impact Reports", "km": "របាយការណ៍សមិទ្ធផល"},
                "seo_title": {
                    "en": "Impact Reports | APLE Cambodia",
                    "km": "របាយការណ៍សមិទ្ធផល | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "Read APLE's annual and impact reports to see how our "
                        "programmes protect children and how donations are "
                        "used."
                    ),
                    "km": (
                        "សូមអានរបាយការណ៍ប្រចាំឆ្នាំ និងរបាយការណ៍សមិទ្ធផលរបស់ "
                        "APLE ដើម្បីដឹងពីរបៀបដែលកម្មវិធីរបស់យើងការពារកុមារ "
                        "និងរបៀបប្រើប្រាស់ថវិកាបរិច្ចាគ។"
                    ),
                },
                "intro": {
                    "en": ("We report openly on what we do, what we learn and how resources are used."),
                    "km": ("យើងរាយការណ៍ដោយបើកចំហអំពីអ្វីដែលយើងធ្វើ អ្វីដែលយើងរៀនបាន និងរបៀបប្រើប្រាស់ធនធាន។"),
                },
                "body": {
                    "en": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Each year we publish a report describing "
                                "the progress of our programmes, the "
                                "challenges we faced and how funds were "
                                "spent. Reports are shared with partners, "
                                "donors and the public, because "
                                "accountability is part of protecting "
                                "children.</p>"
                            ),
                        },
                        {
                            "type": "statistics",
                            "value": {
                                "title": ("What a year of work can look like (demo figures)"),
                                "items": [
                                    {
                                        "value": "100+",
                                        "label": ("hotline calls and messages answered"),
                                    },
                                    {
                                        "value": "50+",
                                        "label": ("schools and communities visited"),
                                    },
                                    {
                                        "value": "20+",
                                        "label": ("training sessions for professionals"),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Full reports will soon be available to "
                                "download from this page. To request a copy, "
                                "please email info@aplecambodia.org.</p>"
                            ),
                        },
                    ],
                    "km": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>ជារៀងរាល់ឆ្នាំ "
                                "យើងបោះពុម្ពផ្សាយរបាយការណ៍មួយ "
                                "ដែលរៀបរាប់ពីវឌ្ឍនភាពនៃកម្មវិធីរបស់យើង "
                                "បញ្ហាប្រឈមដែលយើងបានជួបប្រទះ "
                                "និងរបៀបដែលថវិកាត្រូវបានចំណាយ។ "
                                "របាយការណ៍ទាំងនេះត្រូវបានចែករំលែកជាមួយដៃគូ "
                                "ម្ចាស់ជំនួយ និងសាធារណជន "
                                "ព្រោះគណនេយ្យភាពគឺជាផ្នែកមួយនៃការការពារកុមារ។</p>"
                            ),
                        },
                        {
                            "type": "statistics",
                            "value": {
                                "title": ("ឧទាហរណ៍នៃការងាររយៈពេលមួយឆ្នាំ (តួលេខគំរូ)"),
                                "items": [
                                    {
                                        "value": "១០០+",
                                        "label": ("ការហៅទូរស័ព្ទ និងសារដែលបានឆ្លើយតប"),
                                    },
                                    {
                                        "value": "៥០+",
                                        "label": ("សាលារៀន និងសហគមន៍ដែលបានចុះជួប"),
                                    },
                                    {
                                        "value": "២០+",
                                        "label": ("វគ្គបណ្តុះបណ្តាលសម្រាប់អ្នកជំនាញ"),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>របាយការណ៍ពេញលេញនឹងអាចទាញយកបានពីទំព័រនេះក្នុងពេលឆាប់ៗ។ "
                                "ដើម្បីស្នើសុំច្បាប់ចម្លង សូមផ្ញើអ៊ីមែលមកកាន់ "
                                "info@aplecambodia.org។</p>"
                            ),
                        },
                    ],
                },
                "children": [],
            },
            {
                "slug": {"en": "recognitions", "km": "recognitions"},
                "title": {"en": "Recognitions", "km": "ការទទួលស្គាល់"},
                "seo_title": {
                    "en": "Recognitions | APLE Cambodia",
                    "km": "ការទទួលស្គាល់ | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "Our work has been recognised by partners and "
                        "communities. That recognition belongs to everyone "
                        "who speaks up for children."
                    ),
                    "km": (
                        "ការងាររបស់យើងត្រូវបានទទួលស្គាល់ដោយដៃគូ និងសហគមន៍។ ការទទួលស្គាល់នេះជារបស់មនុស្សគ្រប់គ្នាដែលហ៊ានបញ្ចេញសំឡេងដើម្បីកុមារ។"
                    ),
                },
                "intro": {
                    "en": ("Over two decades, APLE's work has been acknowledged by partners at home and abroad."),
                    "km": ("ក្នុងរយៈពេលជាងពីរទសវត្សរ៍ ការងាររបស់ APLE ត្រូវបានទទួលស្គាល់ដោយដៃគូទាំងក្នុង និងក្រៅប្រទេស។"),
                },
                "body": {
                    "en": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Awards and letters of appreciation are "
                                "encouraging, but they are not why we do this "
                                "work. Every recognition is shared with the "
                                "children and families who found the courage "
                                "to speak, the community members who reported "
                                "their concerns, and the officials who acted "
                                "on them.</p><p>Above all, recognition helps "
                                "us reach more people: it opens doors to new "
                                "partners and reminds families that they can "
                                "turn to us for help. Details of individual "
                                "awards will be listed on this page.</p>"
                            ),
                        },
                        {
                            "type": "quote",
                            "value": {
                                "quote": ("Recognition matters most when it inspires more people to protect children."),
                                "attribution": "APLE team",
                            },
                        },
                    ],
                    "km": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>ពានរង្វាន់ និងលិខិតថ្លែងអំណរគុណ "
                                "ពិតជាការលើកទឹកចិត្តមែន "
                                "ប៉ុន្តែវាមិនមែនជាហេតុផលដែលយើងធ្វើការងារនេះទេ។ "
                                "រាល់ការទទួលស្គាល់ត្រូវបានចែករំលែកជាមួយកុមារ "
                                "និងគ្រួសារ ដែលមានភាពក្លាហានក្នុងការនិយាយចេញ "
                                "សមាជិកសហគមន៍ដែលបានរាយការណ៍ពីការព្រួយបារម្ភរបស់ពួកគេ "
                                "និងមន្ត្រីដែលបានចាត់វិធានការ។</p>"
                                "<p>លើសពីនេះទៅទៀត "
                                "ការទទួលស្គាល់ជួយយើងឱ្យឈានទៅដល់មនុស្សកាន់តែច្រើន៖ "
                                "វាបើកផ្លូវឱ្យមានដៃគូថ្មីៗ "
                                "និងរំលឹកគ្រួសារនានាថា "
                                "ពួកគេអាចងាកមករកយើងដើម្បីសុំជំនួយបាន។ "
                                "ព័ត៌មានលម្អិតអំពីពានរង្វាន់នីមួយៗ "
                                "នឹងត្រូវដាក់បង្ហាញនៅលើទំព័រនេះ។</p>"
                            ),
                        },
                        {
                            "type": "quote",
                            "value": {
                                "quote": ("ការទទួលស្គាល់មានតម្លៃបំផុត នៅពេលដែលវាជំរុញឱ្យមនុស្សកាន់តែច្រើនចូលរួមការពារកុមារ។"),
                                "attribution": "ក្រុមការងារ APLE",
                            },
                        },
                    ],
                },
                "children": [],
            },
            {
                "slug": {"en": "our-membership", "km": "our-membership"},
                "title": {"en": "Our Membership", "km": "សមាជិកភាពរបស់យើង"},
                "seo_title": {
                    "en": "Networks & Memberships | APLE Cambodia",
                    "km": "បណ្តាញ និងសមាជិកភាព | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "APLE works through national and regional networks on "
                        "child protection, online safety and access to "
                        "justice."
                    ),
                    "km": ("APLE ធ្វើការតាមរយៈបណ្តាញថ្នាក់ជាតិ និងថ្នាក់តំបន់ លើវិស័យការពារកុមារ សុវត្ថិភាពតាមអនឡាញ និងការទទួលបានយុត្តិធម៌។"),
                },
                "intro": {
                    "en": ("No organisation can protect children alone. We are proud to be part of wider networks."),
                    "km": ("គ្មានអង្គការណាមួយអាចការពារកុមារតែម្នាក់ឯងបានទេ។ យើងមានមោទនភាពដែលបានក្លាយជាផ្នែកមួយនៃបណ្តាញធំទូលាយ។"),
                },
                "body": {
                    "en": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Through our memberships we share "
                                "information, coordinate the referral of "
                                "cases and speak to decision-makers with a "
                                "stronger, common voice. Working in networks "
                                "also helps us learn from others and avoid "
                                "duplicating services. When a child needs "
                                "help we cannot provide ourselves, such as "
                                "specialised medical care, our partners in "
                                "these networks make sure the referral is "
                                "quick and safe.</p><p>The names below are "
                                "placeholders for this demonstration site.</p>"
                            ),
                        },
                        {
                            "type": "logos",
                            "value": {
                                "title": "Networks we belong to",
                                "items": [
                                    {
                                        "name": ("National child protection network"),
                                        "url": "https://example.org/child-protection-network",
                                    },
                                    {
                                        "name": ("Regional alliance against child sexual exploitation"),
                                        "url": "https://example.org/regional-alliance",
                                    },
                                    {
                                        "name": ("Online child safety coalition"),
                                        "url": "https://example.org/online-safety-coalition",
                                    },
                                    {
                                        "name": "Child helpline network",
                                        "url": "https://example.org/child-helpline-network",
                                    },
                                    {
                                        "name": ("Access to justice working group"),
                                        "url": "https://example.org/access-to-justice",
                                    },
                                ],
                            },
                        },
                    ],
                    "km": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>តាមរយៈសមាជិកភាពទាំងនេះ យើងចែករំលែកព័ត៌មាន "
                                "សម្របសម្រួលការបញ្ជូនករណី "
                                "និងបញ្ចេញសំឡេងរួមគ្នាកាន់តែខ្លាំងទៅកាន់អ្នកធ្វើសេចក្តីសម្រេចចិត្ត។ "
                                "ការធ្វើការជាបណ្តាញក៏ជួយយើងឱ្យរៀនសូត្រពីអ្នកដទៃ "
                                "និងជៀសវាងការផ្តល់សេវាកម្មជាន់គ្នាផងដែរ។ "
                                "នៅពេលដែលកុមារត្រូវការជំនួយដែលយើងមិនអាចផ្តល់ដោយខ្លួនឯងបាន "
                                "ដូចជាការថែទាំសុខភាពឯកទេស "
                                "ដៃគូរបស់យើងក្នុងបណ្តាញទាំងនេះជួយធានាថាការបញ្ជូនករណីត្រូវបានធ្វើឡើងយ៉ាងរហ័ស "
                                "និងមានសុវត្ថិភាព។</p>"
                                "<p>ឈ្មោះខាងក្រោមជាឈ្មោះគំរូសម្រាប់គេហទំព័រសាកល្បងនេះ។</p>"
                            ),
                        },
                        {
                            "type": "logos",
                            "value": {
                                "title": "បណ្តាញដែលយើងជាសមាជិក",
                                "items": [
                                    {
                                        "name": "បណ្តាញការពារកុមារថ្នាក់ជាតិ",
                                        "url": "https://example.org/child-protection-network",
                                    },
                                    {
                                        "name": "សម្ព័ន្ធភាពថ្នាក់តំបន់ប្រឆាំងការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ",
                                        "url": "https://example.org/regional-alliance",
                                    },
                                    {
                                        "name": "សម្ព័ន្ធភាពសុវត្ថិភាពកុមារតាមអនឡាញ",
                                        "url": "https://example.org/online-safety-coalition",
                                    },
                                    {
                                        "name": "បណ្តាញខ្សែទូរស័ព្ទជំនួយកុមារ",
                                        "url": "https://example.org/child-helpline-network",
                                    },
                                    {
                                        "name": "ក្រុមការងារស្តីពីការទទួលបានយុត្តិធម៌",
                                        "url": "https://example.org/access-to-justice",
                                    },
                                ],
                            },
                        },
                    ],
                },
                "children": [],
            },
            {
                "slug": {"en": "faq", "km": "faq"},
                "title": {"en": "FAQ", "km": "សំណួរដែលសួរញឹកញាប់"},
                "seo_title": {
                    "en": "Frequently Asked Questions | APLE Cambodia",
                    "km": "សំណួរដែលសួរញឹកញាប់ | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "Answers to common questions about reporting abuse, "
                        "confidentiality, our services and how to support "
                        "APLE's work for children."
                    ),
                    "km": (
                        "ចម្លើយចំពោះសំណួរទូទៅ អំពីការរាយការណ៍ការរំលោភបំពាន "
                        "ការរក្សាការសម្ងាត់ សេវាកម្មរបស់យើង "
                        "និងរបៀបគាំទ្រការងាររបស់ APLE សម្រាប់កុមារ។"
                    ),
                },
                "intro": {
                    "en": "Quick answers to the questions we hear most often.",
                    "km": "ចម្លើយខ្លីៗចំពោះសំណួរដែលយើងទទួលបានញឹកញាប់បំផុត។",
                },
                "body": {
                    "en": [
                        {
                            "type": "accordion",
                            "value": {
                                "title": "Common questions",
                                "items": [
                                    {
                                        "question": ("What should I do if I think a child is being abused?"),
                                        "answer": (
                                            "<p>If the child is in immediate "
                                            "danger, call the police on 1288 "
                                            "or our hotline on 092 311 511. "
                                            "If not, you can still call us or "
                                            "send a report to talk through "
                                            "your concerns. You do not need "
                                            "proof to ask for advice.</p>"
                                        ),
                                    },
                                    {
                                        "question": ("Can I report without giving my name?"),
                                        "answer": (
                                            "<p>Yes. You can report "
                                            "anonymously. If you do share "
                                            "your details, we keep them "
                                            "confidential and use them only "
                                            "to follow up on the case.</p>"
                                        ),
                                    },
                                    {
                                        "question": ("Do your services cost anything?"),
                                        "answer": (
                                            "<p>No. All of our support for "
                                            "children and families, including "
                                            "legal help and counselling, is "
                                            "free of charge.</p>"
                                        ),
                                    },
                                    {
                                        "question": ("Does APLE work outside Phnom Penh?"),
                                        "answer": (
                                            "<p>Yes. We work with partners in "
                                            "many provinces, and our hotline "
                                            "can be reached from anywhere in "
                                            "Cambodia.</p>"
                                        ),
                                    },
                                    {
                                        "question": ("What happens after I make a report?"),
                                        "answer": (
                                            "<p>A trained staff member "
                                            "reviews the information, "
                                            "assesses the risk to the child "
                                            "and, where needed, works with "
                                            "the police and social services. "
                                            "If you left contact details, we "
                                            "may get back to you.</p>"
                                        ),
                                    },
                                    {
                                        "question": "How can I support APLE?",
                                        "answer": (
                                            "<p>You can donate, volunteer "
                                            "your skills, share our safety "
                                            "messages, or simply learn the "
                                            "warning signs of abuse and talk "
                                            "about them with the people you "
                                            "know.</p>"
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Didn't find your answer?",
                                "text": (
                                    "<p>Call our hotline on 092 311 511 at "
                                    "any time, or write to info@aplecambodia.org. "
                                    "We are happy to help.</p>"
                                ),
                                "style": "info",
                            },
                        },
                    ],
                    "km": [
                        {
                            "type": "accordion",
                            "value": {
                                "title": "សំណួរទូទៅ",
                                "items": [
                                    {
                                        "question": ("តើខ្ញុំគួរធ្វើអ្វី ប្រសិនបើខ្ញុំគិតថាកុមារម្នាក់កំពុងរងការរំលោភបំពាន?"),
                                        "answer": (
                                            "<p>ប្រសិនបើកុមារស្ថិតក្នុងគ្រោះថ្នាក់ភ្លាមៗ "
                                            "សូមទូរស័ព្ទទៅនគរបាលតាមលេខ ១២៨៨ "
                                            "ឬខ្សែទូរស័ព្ទបន្ទាន់របស់យើងតាមលេខ "
                                            "០៩២ ៣១១ ៥១១។ បើមិនដូច្នោះទេ "
                                            "អ្នកនៅតែអាចទូរស័ព្ទមកយើង "
                                            "ឬផ្ញើរបាយការណ៍ "
                                            "ដើម្បីពិភាក្សាអំពីការព្រួយបារម្ភរបស់អ្នក។ "
                                            "អ្នកមិនចាំបាច់មានភស្តុតាងទេ "
                                            "ដើម្បីសុំដំបូន្មាន។</p>"
                                        ),
                                    },
                                    {
                                        "question": "តើខ្ញុំអាចរាយការណ៍ដោយមិនបញ្ចេញឈ្មោះបានទេ?",
                                        "answer": (
                                            "<p>បាទ/ចាស អាចបាន។ "
                                            "អ្នកអាចរាយការណ៍ដោយមិនបញ្ចេញឈ្មោះ។ "
                                            "ប្រសិនបើអ្នកផ្តល់ព័ត៌មានផ្ទាល់ខ្លួន "
                                            "យើងនឹងរក្សាវាជាការសម្ងាត់ "
                                            "ហើយប្រើវាសម្រាប់តែការតាមដានករណីប៉ុណ្ណោះ។</p>"
                                        ),
                                    },
                                    {
                                        "question": ("តើសេវាកម្មរបស់អ្នកគិតថ្លៃដែរឬទេ?"),
                                        "answer": (
                                            "<p>ទេ។ "
                                            "រាល់ការគាំទ្ររបស់យើងសម្រាប់កុមារ "
                                            "និងគ្រួសារ "
                                            "រួមទាំងជំនួយផ្នែកច្បាប់ "
                                            "និងការប្រឹក្សា គឺឥតគិតថ្លៃ។</p>"
                                        ),
                                    },
                                    {
                                        "question": ("តើ APLE ធ្វើការនៅក្រៅរាជធានីភ្នំពេញដែរឬទេ?"),
                                        "answer": (
                                            "<p>បាទ/ចាស។ "
                                            "យើងធ្វើការជាមួយដៃគូនៅតាមខេត្តជាច្រើន "
                                            "ហើយខ្សែទូរស័ព្ទបន្ទាន់របស់យើងអាចទាក់ទងបានពីគ្រប់ទីកន្លែងក្នុងប្រទេសកម្ពុជា។</p>"
                                        ),
                                    },
                                    {
                                        "question": "តើមានអ្វីកើតឡើងបន្ទាប់ពីខ្ញុំធ្វើរបាយការណ៍?",
                                        "answer": (
                                            "<p>បុគ្គលិកដែលបានទទួលការបណ្តុះបណ្តាលនឹងពិនិត្យព័ត៌មាន "
                                            "វាយតម្លៃហានិភ័យចំពោះកុមារ "
                                            "ហើយប្រសិនបើចាំបាច់ "
                                            "នឹងសហការជាមួយនគរបាល "
                                            "និងសេវាសង្គមកិច្ច។ "
                                            "ប្រសិនបើអ្នកបានទុកព័ត៌មានទំនាក់ទំនង "
                                            "យើងអាចនឹងទាក់ទងអ្នកវិញ។</p>"
                                        ),
                                    },
                                    {
                                        "question": ("តើខ្ញុំអាចគាំទ្រ APLE ដោយរបៀបណា?"),
                                        "answer": (
                                            "<p>អ្នកអាចបរិច្ចាគ "
                                            "ស្ម័គ្រចិត្តចែករំលែកជំនាញរបស់អ្នក "
                                            "ផ្សព្វផ្សាយសារអំពីសុវត្ថិភាពរបស់យើង "
                                            "ឬគ្រាន់តែស្វែងយល់ពីសញ្ញាព្រមាននៃការរំលោភបំពាន "
                                            "ហើយនិយាយអំពីវាជាមួយមនុស្សដែលអ្នកស្គាល់។</p>"
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "រកមិនឃើញចម្លើយរបស់អ្នកមែនទេ?",
                                "text": (
                                    "<p>សូមទូរស័ព្ទមកខ្សែទូរស័ព្ទបន្ទាន់របស់យើងតាមលេខ "
                                    "០៩២ ៣១១ ៥១១ បានគ្រប់ពេល "
                                    "ឬផ្ញើអ៊ីមែលមកកាន់ info@aplecambodia.org។ "
                                    "យើងរីករាយនឹងជួយអ្នក។</p>"
                                ),
                                "style": "info",
                            },
                        },
                    ],
                },
                "children": [],
            },
        ],
    },
    {
        "slug": {"en": "our-work", "km": "our-work"},
        "title": {"en": "Our Work", "km": "ការងាររបស់យើង"},
        "seo_title": {
            "en": "Our Work | APLE Cambodia",
            "km": "ការងាររបស់យើង | APLE កម្ពុជា",
        },
        "search_description": {
            "en": (
                "Five connected programmes protect children: early "
                "prevention, criminal justice, victim support, legal reform "
                "and a 24/7 hotline."
            ),
            "km": (
                "កម្មវិធីប្រាំដែលភ្ជាប់គ្នា ការពារកុមារ៖ ការបង្ការជាមុន "
                "យុត្តិធម៌ព្រហ្មទណ្ឌ ការគាំទ្រជនរងគ្រោះ កំណែទម្រង់ច្បាប់ "
                "និងខ្សែទូរស័ព្ទបន្ទាន់ ២៤ម៉ោង។"
            ),
        },
        "intro": {
            "en": (
                "Our programmes work together, from keeping children safe in "
                "the first place to supporting them long after a case is "
                "closed."
            ),
            "km": ("កម្មវិធីរបស់យើងធ្វើការរួមគ្នា ចាប់ពីការរក្សាសុវត្ថិភាពកុមារតាំងពីដំបូង រហូតដល់ការគាំទ្រពួកគេជាយូរបន្ទាប់ពីករណីត្រូវបានបិទ។"),
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Child sexual abuse is rarely a single event, and "
                        "it is never a problem that one agency can solve "
                        "alone. That is why our work follows the whole "
                        "journey: <b>prevention</b> in homes, schools and "
                        "online; a <b>hotline</b> that anyone can call; "
                        "support for <b>investigations and trials</b>; "
                        "<b>care for survivors</b>; and <b>stronger laws</b> "
                        "that close the gaps offenders exploit.</p>"
                    ),
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ការរំលោភបំពានផ្លូវភេទលើកុមារ "
                        "កម្រជាព្រឹត្តិការណ៍តែមួយដងណាស់ "
                        "ហើយវាមិនដែលជាបញ្ហាដែលស្ថាប័នតែមួយអាចដោះស្រាយតែម្នាក់ឯងបានឡើយ។ "
                        "ហេតុនេះហើយបានជាការងាររបស់យើងគ្របដណ្តប់លើដំណើរទាំងមូល៖ "
                        "<b>ការបង្ការ</b>នៅក្នុងផ្ទះ សាលារៀន "
                        "និងនៅលើប្រព័ន្ធអនឡាញ "
                        "<b>ខ្សែទូរស័ព្ទបន្ទាន់</b>ដែលមនុស្សគ្រប់គ្នាអាចហៅបាន "
                        "ការគាំទ្រ<b>ការស៊ើបអង្កេត និងការជំនុំជម្រះ</b> "
                        "<b>ការថែទាំជនរងគ្រោះ</b> "
                        "និង<b>ច្បាប់ដែលរឹងមាំជាងមុន</b> "
                        "ដើម្បីបិទចន្លោះប្រហោងដែលជនល្មើសឆ្លៀតកេងចំណេញ។</p>"
                    ),
                },
            ],
        },
        "children": [
            {
                "slug": {"en": "early-prevention", "km": "early-prevention"},
                "title": {"en": "Early Prevention", "km": "ការបង្ការជាមុន"},
                "seo_title": {
                    "en": "Early Prevention of Child Abuse | APLE Cambodia",
                    "km": ("ការបង្ការជាមុននូវការរំលោភបំពានលើកុមារ | APLE កម្ពុជា"),
                },
                "search_description": {
                    "en": (
                        "We help children, families, teachers and communities "
                        "recognise risks and stop abuse before it happens, at "
                        "home and online."
                    ),
                    "km": (
                        "យើងជួយកុមារ គ្រួសារ គ្រូបង្រៀន និងសហគមន៍ "
                        "ឱ្យចេះស្គាល់ហានិភ័យ "
                        "និងបញ្ឈប់ការរំលោភបំពានមុនពេលវាកើតឡើង ទាំងនៅផ្ទះ "
                        "និងនៅលើប្រព័ន្ធអនឡាញ។"
                    ),
                },
                "intro": {
                    "en": ("The best protection is stopping abuse before it starts."),
                    "km": ("ការការពារដ៏ល្អបំផុត គឺការបញ្ឈប់ការរំលោភបំពានមុនពេលវាចាប់ផ្តើម។"),
                },
                "body": {
                    "en": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Knowledge that keeps children safe",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Our prevention team visits schools, "
                                "pagodas and villages to talk about body "
                                "safety, healthy relationships and the risks "
                                "children face online. Sessions are adapted "
                                "to each age group and delivered in simple, "
                                "friendly language.</p><p>We also train "
                                "parents, caregivers and teachers to notice "
                                "warning signs, to respond calmly when a "
                                "child discloses abuse and to know where to "
                                "get help.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Staying safe online",
                                "level": "h3",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>More and more children in Cambodia use "
                                "smartphones and social media. We help them "
                                "understand grooming, the risks of sharing "
                                "images, and how to block and report anyone "
                                "who makes them feel uncomfortable.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": ("Invite us to your school or community"),
                                "text": (
                                    "<p>Schools, community groups and local "
                                    "authorities can request a free awareness "
                                    "session by writing to "
                                    "info@aplecambodia.org.</p>"
                                ),
                                "style": "info",
                            },
                        },
                    ],
                    "km": [
                        {
                            "type": "heading",
                            "value": {
                                "text": ("ចំណេះដឹងដែលរក្សាកុមារឱ្យមានសុវត្ថិភាព"),
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>ក្រុមការងារបង្ការរបស់យើងចុះទៅកាន់សាលារៀន "
                                "វត្តអារាម និងភូមិនានា "
                                "ដើម្បីនិយាយអំពីសុវត្ថិភាពរាងកាយ "
                                "ទំនាក់ទំនងដែលល្អ "
                                "និងហានិភ័យដែលកុមារជួបប្រទះនៅលើប្រព័ន្ធអនឡាញ។ "
                                "វគ្គនីមួយៗត្រូវបានរៀបចំឱ្យស្របតាមក្រុមអាយុនីមួយៗ "
                                "និងបង្រៀនដោយប្រើភាសាសាមញ្ញ "
                                "និងរួសរាយរាក់ទាក់។</p>"
                                "<p>យើងក៏បណ្តុះបណ្តាលឪពុកម្តាយ អ្នកថែទាំ "
                                "និងគ្រូបង្រៀន ឱ្យចេះកត់សម្គាល់សញ្ញាព្រមាន "
                                "ឆ្លើយតបដោយស្ងប់ស្ងាត់នៅពេលកុមារប្រាប់អំពីការរំលោភបំពាន "
                                "និងដឹងពីកន្លែងដែលត្រូវស្វែងរកជំនួយ។</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "សុវត្ថិភាពនៅលើប្រព័ន្ធអនឡាញ",
                                "level": "h3",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>កុមារនៅកម្ពុជាកាន់តែច្រើនឡើងៗ "
                                "កំពុងប្រើប្រាស់ស្មាតហ្វូន និងបណ្តាញសង្គម។ "
                                "យើងជួយពួកគេឱ្យយល់ពីការលួងលោមបញ្ឆោត "
                                "ហានិភ័យនៃការចែករំលែករូបភាព និងរបៀបទប់ស្កាត់ "
                                "និងរាយការណ៍អំពីនរណាម្នាក់ដែលធ្វើឱ្យពួកគេមានអារម្មណ៍មិនស្រួល។</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": ("អញ្ជើញយើងមកកាន់សាលារៀន ឬសហគមន៍របស់អ្នក"),
                                "text": (
                                    "<p>សាលារៀន ក្រុមសហគមន៍ "
                                    "និងអាជ្ញាធរមូលដ្ឋាន "
                                    "អាចស្នើសុំវគ្គផ្សព្វផ្សាយការយល់ដឹងដោយឥតគិតថ្លៃ "
                                    "ដោយផ្ញើអ៊ីមែលមកកាន់ "
                                    "info@aplecambodia.org។</p>"
                                ),
                                "style": "info",
                            },
                        },
                    ],
                },
                "children": [],
            },
            {
                "slug": {"en": "criminal-justice", "km": "criminal-justice"},
                "title": {
                    "en": "Criminal Justice",
                    "km": "យុត្តិធម៌ព្រហ្មទណ្ឌ",
                },
                "seo_title": {
                    "en": "Criminal Justice Support | APLE Cambodia",
                    "km": "ការគាំទ្រផ្នែកយុត្តិធម៌ព្រហ្មទណ្ឌ | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "We assist police, prosecutors and courts so that "
                        "child sexual abuse cases are properly investigated "
                        "and offenders are held to account."
                    ),
                    "km": (
                        "យើងជួយនគរបាល ព្រះរាជអាជ្ញា និងតុលាការ "
                        "ដើម្បីឱ្យករណីរំលោភបំពានផ្លូវភេទលើកុមារត្រូវបានស៊ើបអង្កេតបានត្រឹមត្រូវ "
                        "និងជនល្មើសត្រូវទទួលខុសត្រូវ។"
                    ),
                },
                "intro": {
                    "en": (
                        "Justice for children means careful investigations, "
                        "fair trials and a process that does not hurt the "
                        "child again."
                    ),
                    "km": (
                        "យុត្តិធម៌សម្រាប់កុមារ "
                        "មានន័យថាការស៊ើបអង្កេតដោយប្រុងប្រយ័ត្ន "
                        "ការជំនុំជម្រះដោយយុត្តិធម៌ "
                        "និងនីតិវិធីដែលមិនធ្វើឱ្យកុមាររងការឈឺចាប់សារជាថ្មី។"
                    ),
                },
                "body": {
                    "en": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Working alongside the authorities",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>When a report suggests that a child may "
                                "be at risk, we share information with the "
                                "competent police units and support their "
                                "investigation within the law. Our staff help "
                                "gather the facts, identify the child's needs "
                                "and make sure the case is referred to the "
                                "right services.</p><p>We also train police "
                                "officers, prosecutors and judges in "
                                "child-friendly interviewing and in handling "
                                "digital evidence in cases of online "
                                "abuse.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Supporting children in court",
                                "level": "h3",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Going to court can be frightening. We "
                                "explain each step to the child and family, "
                                "arrange legal representation and ask for "
                                "protective measures so that children can "
                                "give evidence safely.</p>"
                            ),
                        },
                    ],
                    "km": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "ការធ្វើការជាមួយអាជ្ញាធរ",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>នៅពេលដែលរបាយការណ៍បង្ហាញថាកុមារម្នាក់អាចស្ថិតក្នុងហានិភ័យ "
                                "យើងចែករំលែកព័ត៌មានជាមួយអង្គភាពនគរបាលមានសមត្ថកិច្ច "
                                "និងគាំទ្រការស៊ើបអង្កេតរបស់ពួកគេក្នុងក្របខណ្ឌច្បាប់។ "
                                "បុគ្គលិករបស់យើងជួយប្រមូលការពិត "
                                "កំណត់តម្រូវការរបស់កុមារ "
                                "និងធានាថាករណីនេះត្រូវបានបញ្ជូនទៅកាន់សេវាកម្មដែលត្រឹមត្រូវ។</p>"
                                "<p>យើងក៏បណ្តុះបណ្តាលមន្ត្រីនគរបាល "
                                "ព្រះរាជអាជ្ញា និងចៅក្រម "
                                "អំពីការសម្ភាសដែលស័ក្តិសមនឹងកុមារ "
                                "និងការគ្រប់គ្រងភស្តុតាងឌីជីថល "
                                "ក្នុងករណីរំលោភបំពានតាមអនឡាញ។</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "ការគាំទ្រកុមារនៅតុលាការ",
                                "level": "h3",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>ការទៅតុលាការអាចជារឿងគួរឱ្យភ័យខ្លាច។ "
                                "យើងពន្យល់ពីជំហាននីមួយៗដល់កុមារ និងគ្រួសារ "
                                "រៀបចំមេធាវីតំណាង និងស្នើសុំវិធានការការពារ "
                                "ដើម្បីឱ្យកុមារអាចផ្តល់សក្ខីកម្មដោយសុវត្ថិភាព។</p>"
                            ),
                        },
                    ],
                },
                "children": [],
            },
            {
                "slug": {"en": "victim-support", "km": "victim-support"},
                "title": {"en": "Victim Support", "km": "ការគាំទ្រជនរងគ្រោះ"},
                "seo_title": {
                    "en": "Support for Child Survivors | APLE Cambodia",
                    "km": "ការគាំទ្រកុមាររងគ្រោះ | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "Free legal, social and emotional support for "
                        "children who have experienced sexual abuse or "
                        "exploitation, and for their families."
                    ),
                    "km": (
                        "ការគាំទ្រផ្នែកច្បាប់ សង្គម និងផ្លូវចិត្តដោយឥតគិតថ្លៃ "
                        "សម្រាប់កុមារដែលបានរងការរំលោភបំពាន "
                        "ឬការកេងប្រវ័ញ្ចផ្លូវភេទ និងសម្រាប់គ្រួសាររបស់ពួកគេ។"
                    ),
                },
                "intro": {
                    "en": ("Every survivor deserves to be believed, protected and helped to recover."),
                    "km": ("ជនរងគ្រោះគ្រប់រូបសមនឹងទទួលបានការជឿជាក់ ការការពារ និងជំនួយដើម្បីជាសះស្បើយ។"),
                },
                "body": {
                    "en": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Our social workers and lawyers stay with "
                                "children and families from the first contact "
                                "until they feel safe again. Support is free, "
                                "confidential and planned together with the "
                                "child.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "What support can include",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Safe shelter or placement when home "
                                "is not safe</li><li>Medical care and "
                                "counselling through partner services</li>"
                                "<li>Free legal advice and representation</li>"
                                "<li>Help returning to school or vocational "
                                "training</li><li>Follow-up visits to make "
                                "sure the child stays safe</li></ul>"
                            ),
                        },
                        {
                            "type": "quote",
                            "value": {
                                "quote": (
                                    "We never ask children to be strong on "
                                    "their own. We make sure someone is "
                                    "always beside them."
                                ),
                                "attribution": "APLE social worker",
                            },
                        },
                    ],
                    "km": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>បុគ្គលិកសង្គមកិច្ច និងមេធាវីរបស់យើង "
                                "នៅក្បែរកុមារ និងគ្រួសារ "
                                "ចាប់ពីការទាក់ទងលើកដំបូង "
                                "រហូតដល់ពួកគេមានអារម្មណ៍សុវត្ថិភាពឡើងវិញ។ "
                                "ការគាំទ្រនេះគឺឥតគិតថ្លៃ រក្សាការសម្ងាត់ "
                                "និងត្រូវបានរៀបចំផែនការរួមគ្នាជាមួយកុមារ។</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "ការគាំទ្រអាចរួមមាន",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>ទីជម្រកសុវត្ថិភាព "
                                "ឬកន្លែងស្នាក់នៅបណ្តោះអាសន្ន "
                                "នៅពេលដែលផ្ទះមិនមានសុវត្ថិភាព</li>"
                                "<li>ការថែទាំសុខភាព និងការប្រឹក្សាផ្លូវចិត្ត "
                                "តាមរយៈសេវាកម្មរបស់ដៃគូ</li><li>ដំបូន្មាន "
                                "និងការតំណាងផ្នែកច្បាប់ដោយឥតគិតថ្លៃ</li>"
                                "<li>ជំនួយក្នុងការត្រឡប់ទៅរៀនវិញ "
                                "ឬចូលរៀនវិជ្ជាជីវៈ</li>"
                                "<li>ការចុះសួរសុខទុក្ខតាមដាន "
                                "ដើម្បីធានាថាកុមារនៅតែមានសុវត្ថិភាព</li></ul>"
                            ),
                        },
                        {
                            "type": "quote",
                            "value": {
                                "quote": ("យើងមិនដែលសុំឱ្យកុមាររឹងមាំតែម្នាក់ឯងនោះទេ។ យើងធានាថាតែងតែមាននរណាម្នាក់នៅក្បែរពួកគេ។"),
                                "attribution": "បុគ្គលិកសង្គមកិច្ចរបស់ APLE",
                            },
                        },
                    ],
                },
                "children": [],
            },
            {
                "slug": {"en": "legal-reforms", "km": "legal-reforms"},
                "title": {"en": "Legal Reforms", "km": "កំណែទម្រង់ច្បាប់"},
                "seo_title": {
                    "en": "Legal Reform for Child Protection | APLE Cambodia",
                    "km": "កំណែទម្រង់ច្បាប់ដើម្បីការពារកុមារ | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "We work with the government and partners to "
                        "strengthen Cambodia's laws and policies against "
                        "child sexual abuse and online exploitation."
                    ),
                    "km": (
                        "យើងធ្វើការជាមួយរាជរដ្ឋាភិបាល និងដៃគូ "
                        "ដើម្បីពង្រឹងច្បាប់ និងគោលនយោបាយរបស់កម្ពុជា "
                        "ប្រឆាំងនឹងការរំលោភបំពានផ្លូវភេទលើកុមារ "
                        "និងការកេងប្រវ័ញ្ចតាមអនឡាញ។"
                    ),
                },
                "intro": {
                    "en": ("Good laws, applied well, protect many children at once."),
                    "km": ("ច្បាប់ល្អ ដែលត្រូវបានអនុវត្តបានត្រឹមត្រូវ អាចការពារកុមារជាច្រើនក្នុងពេលតែមួយ។"),
                },
                "body": {
                    "en": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Our experience with real cases shows us "
                                "where the law works and where it leaves "
                                "children unprotected. We bring these lessons "
                                "to ministries, lawmakers and technical "
                                "working groups, offering practical "
                                "recommendations grounded in evidence.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {"text": "Our priorities", "level": "h2"},
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Clear legal protection against "
                                "online grooming and the sharing of abuse "
                                "images</li><li>Child-friendly procedures in "
                                "police stations and courts</li><li>Stronger "
                                "background checks for people who work with "
                                "children</li><li>Access to compensation and "
                                "support for survivors</li></ul>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>We contribute to public consultations, "
                                "comment on draft laws and regulations, and "
                                "share short policy briefs. Whenever "
                                "possible, we make sure that the views of "
                                "children and survivors are heard in these "
                                "discussions.</p>"
                            ),
                        },
                    ],
                    "km": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>បទពិសោធន៍របស់យើងជាមួយករណីជាក់ស្តែង "
                                "បង្ហាញយើងថាតើច្បាប់ដំណើរការល្អនៅត្រង់ណា "
                                "និងនៅត្រង់ណាដែលវាទុកឱ្យកុមារគ្មានការការពារ។ "
                                "យើងនាំយកមេរៀនទាំងនេះទៅកាន់ក្រសួង "
                                "អ្នកតាក់តែងច្បាប់ "
                                "និងក្រុមការងារបច្ចេកទេសនានា "
                                "ដោយផ្តល់អនុសាសន៍ជាក់ស្តែងដែលផ្អែកលើភស្តុតាង។</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {"text": "អាទិភាពរបស់យើង", "level": "h2"},
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>ការការពារផ្នែកច្បាប់ឱ្យបានច្បាស់លាស់ "
                                "ប្រឆាំងនឹងការលួងលោមបញ្ឆោតតាមអនឡាញ "
                                "និងការចែករំលែករូបភាពរំលោភបំពាន</li>"
                                "<li>នីតិវិធីដែលស័ក្តិសមនឹងកុមារ "
                                "នៅប៉ុស្តិ៍នគរបាល និងតុលាការ</li>"
                                "<li>ការត្រួតពិនិត្យប្រវត្តិរូបឱ្យបានតឹងរ៉ឹងជាងមុន "
                                "ចំពោះអ្នកដែលធ្វើការជាមួយកុមារ</li>"
                                "<li>លទ្ធភាពទទួលបានសំណង "
                                "និងការគាំទ្រសម្រាប់ជនរងគ្រោះ</li></ul>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>យើងចូលរួមក្នុងការពិគ្រោះយោបល់ជាសាធារណៈ "
                                "ផ្តល់មតិយោបល់លើសេចក្តីព្រាងច្បាប់ "
                                "និងបទប្បញ្ញត្តិនានា "
                                "និងចែករំលែកឯកសារសង្ខេបគោលនយោបាយ។ "
                                "នៅពេលណាដែលអាចធ្វើទៅបាន "
                                "យើងធានាថាសំឡេងរបស់កុមារ "
                                "និងជនរងគ្រោះត្រូវបានគេស្តាប់នៅក្នុងកិច្ចពិភាក្សាទាំងនេះ។</p>"
                            ),
                        },
                    ],
                },
                "children": [],
            },
            {
                "slug": {"en": "hotline", "km": "hotline"},
                "title": {"en": "Hotline", "km": "ខ្សែទូរស័ព្ទបន្ទាន់"},
                "seo_title": {
                    "en": "24/7 Child Protection Hotline | APLE Cambodia",
                    "km": ("ខ្សែទូរស័ព្ទបន្ទាន់ការពារកុមារ ២៤ម៉ោង | APLE កម្ពុជា"),
                },
                "search_description": {
                    "en": (
                        "Call APLE's 24/7 hotline on 092 311 511 to report a "
                        "concern about a child or to ask for advice. Calls "
                        "are confidential."
                    ),
                    "km": (
                        "ទូរស័ព្ទមកខ្សែទូរស័ព្ទបន្ទាន់ ២៤ម៉ោងរបស់ APLE តាមលេខ "
                        "០៩២ ៣១១ ៥១១ ដើម្បីរាយការណ៍ពីការព្រួយបារម្ភអំពីកុមារ "
                        "ឬសុំដំបូន្មាន។ ការហៅទូរស័ព្ទត្រូវបានរក្សាការសម្ងាត់។"
                    ),
                },
                "intro": {
                    "en": ("Our hotline is open day and night for anyone who is worried about a child."),
                    "km": ("ខ្សែទូរស័ព្ទបន្ទាន់របស់យើងបើកទាំងថ្ងៃទាំងយប់ សម្រាប់អ្នកណាក៏ដោយដែលមានការព្រួយបារម្ភអំពីកុមារ។"),
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
                            "type": "paragraph",
                            "value": (
                                "<p>Our trained hotline staff listen, give "
                                "advice and, when needed, pass information to "
                                "the police and social services. You can call "
                                "about something you have seen online, "
                                "something a child has told you, or simply a "
                                "feeling that something is wrong.</p>"
                                "<p>Children and young people can call us "
                                "themselves, and nobody has to give their "
                                "name.</p>"
                            ),
                        },
                        {
                            "type": "contact",
                            "value": {
                                "title": "Contact the hotline",
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
                            "type": "paragraph",
                            "value": (
                                "<p>បុគ្គលិកខ្សែទូរស័ព្ទបន្ទាន់របស់យើង "
                                "ដែលបានទទួលការបណ្តុះបណ្តាល នឹងស្តាប់ "
                                "ផ្តល់ដំបូន្មាន ហើយនៅពេលចាំបាច់ "
                                "នឹងបញ្ជូនព័ត៌មានទៅកាន់នគរបាល "
                                "និងសេវាសង្គមកិច្ច។ "
                                "អ្នកអាចទូរស័ព្ទមកអំពីអ្វីមួយដែលអ្នកបានឃើញនៅលើអនឡាញ "
                                "អ្វីមួយដែលកុមារបានប្រាប់អ្នក "
                                "ឬគ្រាន់តែជាអារម្មណ៍ថាមានអ្វីមួយមិនប្រក្រតី។</p>"
                                "<p>កុមារ "
                                "និងយុវជនអាចទូរស័ព្ទមកយើងដោយខ្លួនឯងបាន "
                                "ហើយគ្មាននរណាម្នាក់ត្រូវប្រាប់ឈ្មោះរបស់ខ្លួនឡើយ។</p>"
                            ),
                        },
                        {
                            "type": "contact",
                            "value": {
                                "title": "ទាក់ទងខ្សែទូរស័ព្ទបន្ទាន់",
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
            },
        ],
    },
    {
        "slug": {"en": "take-action", "km": "take-action"},
        "title": {"en": "Take Action", "km": "ចាត់វិធានការ"},
        "seo_title": {
            "en": "Take Action for Children | APLE Cambodia",
            "km": "ចាត់វិធានការដើម្បីកុមារ | APLE កម្ពុជា",
        },
        "search_description": {
            "en": (
                "Report abuse, seek help, donate, volunteer or join our team. "
                "There are many ways to help protect children in Cambodia."
            ),
            "km": (
                "រាយការណ៍ការរំលោភបំពាន ស្វែងរកជំនួយ បរិច្ចាគ ស្ម័គ្រចិត្ត "
                "ឬចូលរួមជាមួយក្រុមការងាររបស់យើង។ "
                "មានមធ្យោបាយជាច្រើនដើម្បីជួយការពារកុមារនៅកម្ពុជា។"
            ),
        },
        "intro": {
            "en": "Everyone can play a part in keeping children safe.",
            "km": "មនុស្សគ្រប់គ្នាអាចចូលរួមចំណែកក្នុងការរក្សាសុវត្ថិភាពកុមារ។",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If you are worried about a child, start with "
                        "<b>Report Abuse</b> or <b>Seek Help</b>. If you "
                        "would like to support our work, you can "
                        "<b>donate</b>, <b>get involved</b> as a volunteer or "
                        "partner, or <b>work with us</b>.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "title": "Is a child in danger right now?",
                        "text": (
                            "<p>If a child is in immediate danger, call the "
                            "police on <b>1288</b> or the APLE 24/7 hotline "
                            "on <b>092 311 511</b> now.</p>"
                        ),
                        "style": "urgent",
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ប្រសិនបើអ្នកមានការព្រួយបារម្ភអំពីកុមារ "
                        "សូមចាប់ផ្តើមពីទំព័រ <b>រាយការណ៍ការរំលោភបំពាន</b> ឬ "
                        "<b>ស្វែងរកជំនួយ</b>។ "
                        "ប្រសិនបើអ្នកចង់គាំទ្រការងាររបស់យើង "
                        "អ្នកអាច<b>បរិច្ចាគ</b> "
                        "<b>ចូលរួម</b>ជាអ្នកស្ម័គ្រចិត្ត ឬជាដៃគូ "
                        "ឬ<b>ធ្វើការជាមួយយើង</b>។</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "title": ("តើមានកុមារកំពុងស្ថិតក្នុងគ្រោះថ្នាក់ឥឡូវនេះឬទេ?"),
                        "text": (
                            "<p>ប្រសិនបើកុមារស្ថិតក្នុងគ្រោះថ្នាក់ភ្លាមៗ "
                            "សូមទូរស័ព្ទទៅនគរបាលតាមលេខ <b>១២៨៨</b> "
                            "ឬខ្សែទូរស័ព្ទបន្ទាន់ ២៤ម៉ោងរបស់ APLE តាមលេខ "
                            "<b>០៩២ ៣១១ ៥១១</b> ភ្លាម។</p>"
                        ),
                        "style": "urgent",
                    },
                },
            ],
        },
        "children": TAKE_ACTION_CHILDREN,
    },
    {
        "slug": {"en": "explore", "km": "explore"},
        "title": {"en": "Explore", "km": "ស្វែងយល់"},
        "seo_title": {
            "en": "Explore News and Resources | APLE Cambodia",
            "km": "ស្វែងយល់ពីព័ត៌មាន និងធនធាន | APLE កម្ពុជា",
        },
        "search_description": {
            "en": (
                "News, stories, guides, research and campaign materials from "
                "APLE for children, families and professionals."
            ),
            "km": ("ព័ត៌មាន រឿងរ៉ាវ មគ្គុទ្ទេសក៍ ការស្រាវជ្រាវ និងសម្ភារៈយុទ្ធនាការពី APLE សម្រាប់កុមារ គ្រួសារ និងអ្នកជំនាញ។"),
        },
        "intro": {
            "en": ("Learn more about child protection through our news, resources and publications."),
            "km": ("ស្វែងយល់បន្ថែមអំពីការការពារកុមារ តាមរយៈព័ត៌មាន ធនធាន និងឯកសារបោះពុម្ពផ្សាយរបស់យើង។"),
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Here you will find our latest news and stories, "
                        "practical resources for different readers, training "
                        "guides, research reports, campaign materials and "
                        "online courses. Everything is free to read and to "
                        "share for non-commercial purposes.</p>"
                    ),
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>នៅទីនេះ អ្នកនឹងឃើញព័ត៌មាន និងរឿងរ៉ាវថ្មីៗរបស់យើង "
                        "ធនធានជាក់ស្តែងសម្រាប់អ្នកអានផ្សេងៗគ្នា "
                        "មគ្គុទ្ទេសក៍បណ្តុះបណ្តាល របាយការណ៍ស្រាវជ្រាវ "
                        "សម្ភារៈយុទ្ធនាការ និងវគ្គសិក្សាតាមអនឡាញ។ "
                        "ឯកសារទាំងអស់អាចអាន និងចែករំលែកដោយឥតគិតថ្លៃ "
                        "សម្រាប់គោលបំណងមិនមែនពាណិជ្ជកម្ម។</p>"
                    ),
                },
            ],
        },
        "children": [
            {
                "slug": {"en": "media", "km": "media"},
                "title": {"en": "Media", "km": "ប្រព័ន្ធផ្សព្វផ្សាយ"},
                "seo_title": {
                    "en": "Media and News | APLE Cambodia",
                    "km": "ព័ត៌មាន និងប្រព័ន្ធផ្សព្វផ្សាយ | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "News, insights, features and case stories from "
                        "APLE's work to protect children from sexual abuse "
                        "and exploitation in Cambodia."
                    ),
                    "km": (
                        "ព័ត៌មាន ទស្សនៈ អត្ថបទពិសេស និងរឿងរ៉ាវករណី "
                        "ពីការងាររបស់ APLE ក្នុងការការពារកុមារពីការរំលោភបំពាន "
                        "និងការកេងប្រវ័ញ្ចផ្លូវភេទនៅកម្ពុជា។"
                    ),
                },
                "intro": {
                    "en": "Stories and updates from our work.",
                    "km": "រឿងរ៉ាវ និងព័ត៌មានថ្មីៗពីការងាររបស់យើង។",
                },
                "body": {
                    "en": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Follow our latest news, read our views on "
                                "child protection issues and learn from the "
                                "stories of the children and families we "
                                "support. Journalists can contact us at "
                                "info@aplecambodia.org.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Responsible reporting",
                                "text": (
                                    "<p>We never publish information that "
                                    "could identify a child. Names and "
                                    "details in case stories are always "
                                    "changed.</p>"
                                ),
                                "style": "info",
                            },
                        },
                    ],
                    "km": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>តាមដានព័ត៌មានថ្មីៗរបស់យើង "
                                "អានទស្សនៈរបស់យើងលើបញ្ហាការពារកុមារ "
                                "និងរៀនសូត្រពីរឿងរ៉ាវរបស់កុមារ "
                                "និងគ្រួសារដែលយើងគាំទ្រ។ "
                                "អ្នកសារព័ត៌មានអាចទាក់ទងមកយើងតាមរយៈ "
                                "info@aplecambodia.org។</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "ការផ្សព្វផ្សាយព័ត៌មានប្រកបដោយការទទួលខុសត្រូវ",
                                "text": (
                                    "<p>យើងមិនដែលផ្សព្វផ្សាយព័ត៌មានដែលអាចបង្ហាញអត្តសញ្ញាណកុមារឡើយ។ "
                                    "ឈ្មោះ និងព័ត៌មានលម្អិតនៅក្នុងរឿងរ៉ាវករណី "
                                    "តែងតែត្រូវបានផ្លាស់ប្តូរ។</p>"
                                ),
                                "style": "info",
                            },
                        },
                    ],
                },
                "children": [
                    {
                        "slug": {"en": "news-articles", "km": "news-articles"},
                        "title": {
                            "en": "News Articles",
                            "km": "អត្ថបទព័ត៌មាន",
                        },
                        "seo_title": {
                            "en": "News | APLE Cambodia",
                            "km": "អត្ថបទព័ត៌មាន | APLE កម្ពុជា",
                        },
                        "search_description": {
                            "en": (
                                "The latest news from APLE Cambodia: "
                                "activities, partnerships, events and "
                                "developments in child protection."
                            ),
                            "km": ("ព័ត៌មានថ្មីៗពី APLE កម្ពុជា៖ សកម្មភាព ភាពជាដៃគូ ព្រឹត្តិការណ៍ និងការវិវត្តនានាក្នុងវិស័យការពារកុមារ។"),
                        },
                        "intro": {
                            "en": ("News about our activities and the wider child protection sector."),
                            "km": ("ព័ត៌មានអំពីសកម្មភាពរបស់យើង និងវិស័យការពារកុមារទាំងមូល។"),
                        },
                        "body": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>Read updates on training "
                                        "sessions, community events, new "
                                        "partnerships and changes in law and "
                                        "policy. New articles are added "
                                        "regularly.</p>"
                                    ),
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>សូមអានព័ត៌មានថ្មីៗអំពីវគ្គបណ្តុះបណ្តាល "
                                        "ព្រឹត្តិការណ៍សហគមន៍ ភាពជាដៃគូថ្មីៗ "
                                        "និងការផ្លាស់ប្តូរច្បាប់ "
                                        "និងគោលនយោបាយ។ "
                                        "អត្ថបទថ្មីៗត្រូវបានបន្ថែមជាប្រចាំ។</p>"
                                    ),
                                },
                            ],
                        },
                        "children": [],
                    },
                    {
                        "slug": {"en": "our-insights", "km": "our-insights"},
                        "title": {"en": "Our Insights", "km": "ទស្សនៈរបស់យើង"},
                        "seo_title": {
                            "en": "Our Insights | APLE Cambodia",
                            "km": "ទស្សនៈរបស់យើង | APLE កម្ពុជា",
                        },
                        "search_description": {
                            "en": (
                                "Analysis and opinion from APLE staff on "
                                "child protection, online safety and justice "
                                "for children in Cambodia."
                            ),
                            "km": (
                                "ការវិភាគ និងមតិយោបល់ពីបុគ្គលិក APLE លើការការពារកុមារ សុវត្ថិភាពតាមអនឡាញ និងយុត្តិធម៌សម្រាប់កុមារនៅកម្ពុជា។"
                            ),
                        },
                        "intro": {
                            "en": ("Our team shares what we are learning from our daily work."),
                            "km": "ក្រុមការងាររបស់យើងចែករំលែកនូវអ្វីដែលយើងកំពុងរៀនពីការងារប្រចាំថ្ងៃ។",
                        },
                        "body": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>In these articles our staff "
                                        "reflect on the trends they see, from "
                                        "new forms of online exploitation to "
                                        "what helps children recover, and "
                                        "suggest what families, communities "
                                        "and decision-makers can do.</p>"
                                    ),
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>នៅក្នុងអត្ថបទទាំងនេះ "
                                        "បុគ្គលិករបស់យើងឆ្លុះបញ្ចាំងពីនិន្នាការដែលពួកគេសង្កេតឃើញ "
                                        "ចាប់ពីទម្រង់ថ្មីៗនៃការកេងប្រវ័ញ្ចតាមអនឡាញ "
                                        "រហូតដល់អ្វីដែលជួយឱ្យកុមារជាសះស្បើយ "
                                        "ហើយផ្តល់យោបល់អំពីអ្វីដែលគ្រួសារ "
                                        "សហគមន៍ "
                                        "និងអ្នកធ្វើសេចក្តីសម្រេចចិត្តអាចធ្វើបាន។</p>"
                                    ),
                                },
                            ],
                        },
                        "children": [],
                    },
                    {
                        "slug": {
                            "en": "in-the-spotlight",
                            "km": "in-the-spotlight",
                        },
                        "title": {
                            "en": "In the Spotlight",
                            "km": "ចំណុចលេចធ្លោ",
                        },
                        "seo_title": {
                            "en": "In the Spotlight | APLE Cambodia",
                            "km": "ចំណុចលេចធ្លោ | APLE កម្ពុជា",
                        },
                        "search_description": {
                            "en": (
                                "Features on the people, partners and "
                                "campaigns making a difference for children "
                                "in Cambodia."
                            ),
                            "km": ("អត្ថបទពិសេសអំពីបុគ្គល ដៃគូ និងយុទ្ធនាការ ដែលកំពុងនាំមកនូវការផ្លាស់ប្តូរសម្រាប់កុមារនៅកម្ពុជា។"),
                        },
                        "intro": {
                            "en": ("Meet the people and projects behind the work."),
                            "km": ("ស្គាល់បុគ្គល និងគម្រោងនានា ដែលនៅពីក្រោយការងាររបស់យើង។"),
                        },
                        "body": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>These features celebrate people "
                                        "who take action for children, such "
                                        "as community leaders, teachers, "
                                        "officials and young volunteers, and "
                                        "the projects that bring them "
                                        "together.</p>"
                                    ),
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>អត្ថបទពិសេសទាំងនេះ "
                                        "លើកតម្កើងមនុស្សដែលចាត់វិធានការដើម្បីកុមារ "
                                        "ដូចជាមេដឹកនាំសហគមន៍ គ្រូបង្រៀន "
                                        "មន្ត្រី និងយុវជនស្ម័គ្រចិត្ត "
                                        "ព្រមទាំងគម្រោងនានាដែលនាំពួកគេមកធ្វើការរួមគ្នា។</p>"
                                    ),
                                },
                            ],
                        },
                        "children": [],
                    },
                    {
                        "slug": {"en": "case-stories", "km": "case-stories"},
                        "title": {"en": "Case Stories", "km": "រឿងរ៉ាវករណី"},
                        "seo_title": {
                            "en": "Case Stories | APLE Cambodia",
                            "km": "រឿងរ៉ាវករណី | APLE កម្ពុជា",
                        },
                        "search_description": {
                            "en": (
                                "Stories of recovery and justice from "
                                "children and families we support, shared "
                                "with consent and with identities protected."
                            ),
                            "km": (
                                "រឿងរ៉ាវនៃការជាសះស្បើយ និងយុត្តិធម៌ ពីកុមារ "
                                "និងគ្រួសារដែលយើងគាំទ្រ "
                                "ដែលត្រូវបានចែករំលែកដោយមានការយល់ព្រម "
                                "និងការពារអត្តសញ្ញាណ។"
                            ),
                        },
                        "intro": {
                            "en": "Real change, told with care.",
                            "km": ("ការផ្លាស់ប្តូរពិតប្រាកដ ដែលត្រូវបានរៀបរាប់ដោយការយកចិត្តទុកដាក់។"),
                        },
                        "body": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>Case stories show how prevention, "
                                        "justice and support come together in "
                                        "a child's life. They are shared only "
                                        "with consent, and names, places and "
                                        "other details are changed to protect "
                                        "the children involved.</p>"
                                    ),
                                },
                                {
                                    "type": "callout",
                                    "value": {
                                        "title": "Need to talk?",
                                        "text": (
                                            "<p>If reading these stories "
                                            "brings up difficult feelings, "
                                            "you can talk to us in confidence "
                                            "on 092 311 511.</p>"
                                        ),
                                        "style": "info",
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>រឿងរ៉ាវករណីបង្ហាញពីរបៀបដែលការបង្ការ "
                                        "យុត្តិធម៌ និងការគាំទ្រ "
                                        "រួមបញ្ចូលគ្នាក្នុងជីវិតរបស់កុមារម្នាក់។ "
                                        "រឿងរ៉ាវទាំងនេះត្រូវបានចែករំលែកតែនៅពេលមានការយល់ព្រមប៉ុណ្ណោះ "
                                        "ហើយឈ្មោះ ទីកន្លែង "
                                        "និងព័ត៌មានលម្អិតផ្សេងទៀតត្រូវបានផ្លាស់ប្តូរ "
                                        "ដើម្បីការពារកុមារពាក់ព័ន្ធ។</p>"
                                    ),
                                },
                                {
                                    "type": "callout",
                                    "value": {
                                        "title": "ត្រូវការនិយាយជាមួយនរណាម្នាក់មែនទេ?",
                                        "text": (
                                            "<p>ប្រសិនបើការអានរឿងរ៉ាវទាំងនេះធ្វើឱ្យអ្នកមានអារម្មណ៍ពិបាកចិត្ត "
                                            "អ្នកអាចនិយាយជាមួយយើងដោយរក្សាការសម្ងាត់ "
                                            "តាមលេខ ០៩២ ៣១១ ៥១១។</p>"
                                        ),
                                        "style": "info",
                                    },
                                },
                            ],
                        },
                        "children": [],
                    },
                ],
            },
            {
                "slug": {"en": "resources", "km": "resources"},
                "title": {"en": "Resources", "km": "ធនធាន"},
                "seo_title": {
                    "en": "Child Protection Resources | APLE Cambodia",
                    "km": "ធនធានការពារកុមារ | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "Free child protection resources for children, "
                        "parents, teachers and justice professionals, in "
                        "Khmer and English."
                    ),
                    "km": (
                        "ធនធានការពារកុមារដោយឥតគិតថ្លៃ សម្រាប់កុមារ ឪពុកម្តាយ "
                        "គ្រូបង្រៀន និងអ្នកជំនាញផ្នែកយុត្តិធម៌ ជាភាសាខ្មែរ "
                        "និងភាសាអង់គ្លេស។"
                    ),
                },
                "intro": {
                    "en": ("Practical information for everyone who helps keep children safe."),
                    "km": ("ព័ត៌មានជាក់ស្តែងសម្រាប់មនុស្សគ្រប់គ្នា ដែលជួយរក្សាសុវត្ថិភាពកុមារ។"),
                },
                "body": {
                    "en": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Choose the section that suits you best. "
                                "Our resources are written in plain language "
                                "and can be printed or shared freely for "
                                "non-commercial use.</p>"
                            ),
                        },
                    ],
                    "km": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>សូមជ្រើសរើសផ្នែកដែលសមស្របនឹងអ្នកបំផុត។ "
                                "ធនធានរបស់យើងត្រូវបានសរសេរជាភាសាងាយយល់ "
                                "ហើយអាចបោះពុម្ព ឬចែករំលែកដោយសេរី "
                                "សម្រាប់ការប្រើប្រាស់មិនមែនពាណិជ្ជកម្ម។</p>"
                            ),
                        },
                    ],
                },
                "children": [
                    {
                        "slug": {
                            "en": "children-and-young-people",
                            "km": "children-and-young-people",
                        },
                        "title": {
                            "en": "For Children and Young People",
                            "km": "សម្រាប់កុមារ និងយុវជន",
                        },
                        "seo_title": {
                            "en": ("Resources for Children and Young People | APLE"),
                            "km": "ធនធានសម្រាប់កុមារ និងយុវជន | APLE",
                        },
                        "search_description": {
                            "en": (
                                "Easy-to-read information for children and "
                                "teenagers about body safety, online safety "
                                "and where to get help."
                            ),
                            "km": (
                                "ព័ត៌មានងាយអានសម្រាប់កុមារ និងក្មេងជំទង់ អំពីសុវត្ថិភាពរាងកាយ សុវត្ថិភាពតាមអនឡាញ និងកន្លែងដែលអាចស្វែងរកជំនួយ។"
                            ),
                        },
                        "intro": {
                            "en": ("Your body belongs to you. Here you can learn how to stay safe and who can help."),
                            "km": (
                                "រាងកាយរបស់អ្នក គឺជារបស់អ្នក។ នៅទីនេះ អ្នកអាចរៀនពីរបៀបរក្សាសុវត្ថិភាព និងអ្នកណាខ្លះដែលអាចជួយអ្នកបាន។"
                            ),
                        },
                        "body": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>No one is allowed to touch you in "
                                        "a way that makes you uncomfortable, "
                                        "or to tell you to keep it a secret. "
                                        "If something online or offline "
                                        "worries you, tell an adult you trust "
                                        "or call <b>092 311 511</b>. It is "
                                        "never your fault.</p>"
                                    ),
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>គ្មាននរណាម្នាក់មានសិទ្ធិប៉ះពាល់អ្នក "
                                        "តាមរបៀបដែលធ្វើឱ្យអ្នកមិនស្រួលខ្លួន "
                                        "ឬប្រាប់អ្នកឱ្យលាក់រឿងនោះទុកជាការសម្ងាត់ឡើយ។ "
                                        "ប្រសិនបើមានអ្វីមួយនៅលើអនឡាញ "
                                        "ឬក្នុងជីវិតប្រចាំថ្ងៃធ្វើឱ្យអ្នកព្រួយបារម្ភ "
                                        "សូមប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត "
                                        "ឬទូរស័ព្ទមកលេខ <b>០៩២ ៣១១ ៥១១</b>។ "
                                        "វាមិនមែនជាកំហុសរបស់អ្នកឡើយ។</p>"
                                    ),
                                },
                            ],
                        },
                        "children": [],
                    },
                    {
                        "slug": {
                            "en": "parents-caregivers-educators",
                            "km": "parents-caregivers-educators",
                        },
                        "title": {
                            "en": "For Parents, Caregivers and Educators",
                            "km": "សម្រាប់ឪពុកម្តាយ អ្នកថែទាំ និងអ្នកអប់រំ",
                        },
                        "seo_title": {
                            "en": ("Resources for Parents, Caregivers and Educators | APLE"),
                            "km": ("ធនធានសម្រាប់ឪពុកម្តាយ អ្នកថែទាំ និងអ្នកអប់រំ | APLE"),
                        },
                        "search_description": {
                            "en": (
                                "Guidance for adults on talking with children "
                                "about safety, spotting warning signs and "
                                "responding when a child discloses abuse."
                            ),
                            "km": (
                                "ការណែនាំសម្រាប់មនុស្សពេញវ័យ "
                                "អំពីការនិយាយជាមួយកុមារអំពីសុវត្ថិភាព "
                                "ការសម្គាល់សញ្ញាព្រមាន "
                                "និងការឆ្លើយតបនៅពេលកុមារប្រាប់អំពីការរំលោភបំពាន។"
                            ),
                        },
                        "intro": {
                            "en": ("Adults who care for children are their first line of protection."),
                            "km": ("មនុស្សពេញវ័យដែលមើលថែកុមារ គឺជាខ្សែការពារដំបូងបង្អស់របស់ពួកគេ។"),
                        },
                        "body": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>Find tips on starting "
                                        "conversations about body safety, "
                                        "setting rules for phones and the "
                                        "internet, and recognising changes in "
                                        "behaviour that may be a sign of "
                                        "abuse.</p>"
                                    ),
                                },
                                {
                                    "type": "callout",
                                    "value": {
                                        "title": "If a child tells you",
                                        "text": (
                                            "<p>Stay calm, listen, believe "
                                            "them and thank them for telling "
                                            "you. Do not question them in "
                                            "detail; contact our hotline for "
                                            "advice.</p>"
                                        ),
                                        "style": "info",
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>ស្វែងរកគន្លឹះអំពីការចាប់ផ្តើមសន្ទនាអំពីសុវត្ថិភាពរាងកាយ "
                                        "ការកំណត់ច្បាប់សម្រាប់ការប្រើប្រាស់ទូរស័ព្ទ "
                                        "និងអ៊ីនធឺណិត "
                                        "និងការសម្គាល់ការផ្លាស់ប្តូរអាកប្បកិរិយា "
                                        "ដែលអាចជាសញ្ញានៃការរំលោភបំពាន។</p>"
                                    ),
                                },
                                {
                                    "type": "callout",
                                    "value": {
                                        "title": "ប្រសិនបើកុមារប្រាប់អ្នក",
                                        "text": (
                                            "<p>សូមរក្សាភាពស្ងប់ស្ងាត់ ស្តាប់ "
                                            "ជឿពួកគេ "
                                            "និងអរគុណពួកគេដែលបានប្រាប់អ្នក។ "
                                            "សូមកុំសួរដេញដោលពួកគេលម្អិត "
                                            "ប៉ុន្តែសូមទាក់ទងខ្សែទូរស័ព្ទបន្ទាន់របស់យើងដើម្បីសុំដំបូន្មាន។</p>"
                                        ),
                                        "style": "info",
                                    },
                                },
                            ],
                        },
                        "children": [],
                    },
                    {
                        "slug": {
                            "en": "law-enforcement-justice",
                            "km": "law-enforcement-justice",
                        },
                        "title": {
                            "en": ("For Law Enforcement & Justice Professionals"),
                            "km": ("សម្រាប់មន្ត្រីអនុវត្តច្បាប់ និងអ្នកជំនាញផ្នែកយុត្តិធម៌"),
                        },
                        "seo_title": {
                            "en": ("Resources for Police & Justice Professionals | APLE"),
                            "km": ("ធនធានសម្រាប់នគរបាល និងអ្នកជំនាញយុត្តិធម៌ | APLE"),
                        },
                        "search_description": {
                            "en": (
                                "Practical tools for police, prosecutors, "
                                "judges and lawyers handling cases of child "
                                "sexual abuse and online exploitation."
                            ),
                            "km": (
                                "ឧបករណ៍ជាក់ស្តែងសម្រាប់នគរបាល ព្រះរាជអាជ្ញា "
                                "ចៅក្រម និងមេធាវី "
                                "ដែលដោះស្រាយករណីរំលោភបំពានផ្លូវភេទលើកុមារ "
                                "និងការកេងប្រវ័ញ្ចតាមអនឡាញ។"
                            ),
                        },
                        "intro": {
                            "en": ("Tools to make the justice process safer for children."),
                            "km": "ឧបករណ៍ដើម្បីធ្វើឱ្យដំណើរការយុត្តិធម៌មានសុវត្ថិភាពជាងមុនសម្រាប់កុមារ។",
                        },
                        "body": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>This section brings together "
                                        "checklists, guidance on "
                                        "child-friendly interviewing and "
                                        "notes on handling digital evidence. "
                                        "The materials are intended for "
                                        "professional use; write to "
                                        "info@aplecambodia.org to request "
                                        "restricted documents.</p>"
                                    ),
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>ផ្នែកនេះប្រមូលផ្តុំបញ្ជីត្រួតពិនិត្យ "
                                        "ការណែនាំអំពីការសម្ភាសដែលស័ក្តិសមនឹងកុមារ "
                                        "និងកំណត់ចំណាំអំពីការគ្រប់គ្រងភស្តុតាងឌីជីថល។ "
                                        "ឯកសារទាំងនេះសម្រាប់ការប្រើប្រាស់ក្នុងវិជ្ជាជីវៈ។ "
                                        "សូមផ្ញើអ៊ីមែលមកកាន់ "
                                        "info@aplecambodia.org "
                                        "ដើម្បីស្នើសុំឯកសារដែលមានការកំណត់សិទ្ធិចូលប្រើ។</p>"
                                    ),
                                },
                            ],
                        },
                        "children": [],
                    },
                    {
                        "slug": {
                            "en": "informational-materials",
                            "km": "informational-materials",
                        },
                        "title": {
                            "en": "Informational Materials",
                            "km": "ឯកសារផ្សព្វផ្សាយព័ត៌មាន",
                        },
                        "seo_title": {
                            "en": "Informational Materials | APLE Cambodia",
                            "km": "ឯកសារផ្សព្វផ្សាយព័ត៌មាន | APLE កម្ពុជា",
                        },
                        "search_description": {
                            "en": (
                                "Leaflets, posters and fact sheets about "
                                "child protection that you can download, "
                                "print and share in your community."
                            ),
                            "km": (
                                "ខិត្តប័ណ្ណ ផ្ទាំងរូបភាព "
                                "និងឯកសារព័ត៌មានសង្ខេប អំពីការការពារកុមារ "
                                "ដែលអ្នកអាចទាញយក បោះពុម្ព "
                                "និងចែករំលែកនៅក្នុងសហគមន៍របស់អ្នក។"
                            ),
                        },
                        "intro": {
                            "en": ("Simple materials to raise awareness where you live."),
                            "km": ("សម្ភារៈសាមញ្ញៗ ដើម្បីលើកកម្ពស់ការយល់ដឹងនៅកន្លែងដែលអ្នករស់នៅ។"),
                        },
                        "body": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>Our leaflets and posters explain "
                                        "the warning signs of abuse, the "
                                        "hotline numbers and basic rules for "
                                        "staying safe online. They are "
                                        "available in Khmer and English and "
                                        "may be printed freely.</p>"
                                    ),
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>ខិត្តប័ណ្ណ និងផ្ទាំងរូបភាពរបស់យើង "
                                        "ពន្យល់អំពីសញ្ញាព្រមាននៃការរំលោភបំពាន "
                                        "លេខខ្សែទូរស័ព្ទបន្ទាន់ "
                                        "និងច្បាប់មូលដ្ឋានសម្រាប់រក្សាសុវត្ថិភាពតាមអនឡាញ។ "
                                        "សម្ភារៈទាំងនេះមានជាភាសាខ្មែរ "
                                        "និងភាសាអង់គ្លេស "
                                        "ហើយអាចបោះពុម្ពដោយសេរី។</p>"
                                    ),
                                },
                            ],
                        },
                        "children": [],
                    },
                ],
            },
            {
                "slug": {"en": "training-guides", "km": "training-guides"},
                "title": {
                    "en": "Training Guides",
                    "km": "មគ្គុទ្ទេសក៍បណ្តុះបណ្តាល",
                },
                "seo_title": {
                    "en": "Child Protection Training Guides | APLE",
                    "km": "មគ្គុទ្ទេសក៍បណ្តុះបណ្តាលការពារកុមារ | APLE",
                },
                "search_description": {
                    "en": (
                        "Step-by-step training guides for trainers, teachers "
                        "and community workers who want to run child "
                        "protection sessions."
                    ),
                    "km": (
                        "មគ្គុទ្ទេសក៍បណ្តុះបណ្តាលមួយជំហានម្តងៗ "
                        "សម្រាប់គ្រូបណ្តុះបណ្តាល គ្រូបង្រៀន និងបុគ្គលិកសហគមន៍ "
                        "ដែលចង់រៀបចំវគ្គអប់រំអំពីការការពារកុមារ។"
                    ),
                },
                "intro": {
                    "en": ("Guides to help you teach others about keeping children safe."),
                    "km": "មគ្គុទ្ទេសក៍ដើម្បីជួយអ្នកបង្រៀនអ្នកដទៃអំពីការរក្សាសុវត្ថិភាពកុមារ។",
                },
                "body": {
                    "en": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Each guide includes session plans, "
                                "activities, discussion questions and tips "
                                "for handling sensitive moments, such as when "
                                "a participant discloses abuse. The guides "
                                "draw on many years of running sessions in "
                                "Cambodian schools and communities, and they "
                                "can be adapted to local needs.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Guides in this collection",
                                "level": "h3",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Body safety for young children</li>"
                                "<li>Online safety for teenagers</li>"
                                "<li>Positive parenting and safe homes</li>"
                                "<li>Responding to disclosures for teachers "
                                "and community workers</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Before you train",
                                "text": (
                                    "<p>Before running a session, make sure "
                                    "you know the local referral contacts, "
                                    "including the hotline numbers 1288 and "
                                    "092 311 511.</p>"
                                ),
                                "style": "info",
                            },
                        },
                    ],
                    "km": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>មគ្គុទ្ទេសក៍នីមួយៗរួមមាន ផែនការវគ្គ "
                                "សកម្មភាព សំណួរពិភាក្សា "
                                "និងគន្លឹះសម្រាប់ដោះស្រាយស្ថានភាពរសើប "
                                "ដូចជានៅពេលដែលអ្នកចូលរួមម្នាក់និយាយប្រាប់អំពីការរំលោភបំពាន។ "
                                "មគ្គុទ្ទេសក៍ទាំងនេះផ្អែកលើបទពិសោធន៍ជាច្រើនឆ្នាំ "
                                "ក្នុងការរៀបចំវគ្គអប់រំនៅតាមសាលារៀន "
                                "និងសហគមន៍នៅកម្ពុជា "
                                "ហើយអាចកែសម្រួលឱ្យស្របតាមតម្រូវការក្នុងមូលដ្ឋាន។</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "មគ្គុទ្ទេសក៍ក្នុងបណ្តុំនេះ",
                                "level": "h3",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>សុវត្ថិភាពរាងកាយសម្រាប់កុមារតូចៗ</li>"
                                "<li>សុវត្ថិភាពតាមអនឡាញសម្រាប់ក្មេងជំទង់</li>"
                                "<li>ការចិញ្ចឹមបីបាច់កូនបែបវិជ្ជមាន "
                                "និងផ្ទះដែលមានសុវត្ថិភាព</li>"
                                "<li>ការឆ្លើយតបនៅពេលកុមារប្រាប់អំពីការរំលោភបំពាន "
                                "សម្រាប់គ្រូបង្រៀន និងបុគ្គលិកសហគមន៍</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "មុនពេលអ្នកបណ្តុះបណ្តាល",
                                "text": (
                                    "<p>មុនពេលរៀបចំវគ្គណាមួយ "
                                    "សូមប្រាកដថាអ្នកស្គាល់ព័ត៌មានទំនាក់ទំនងសម្រាប់ការបញ្ជូនករណីនៅក្នុងមូលដ្ឋាន "
                                    "រួមទាំងលេខខ្សែទូរស័ព្ទបន្ទាន់ ១២៨៨ និង "
                                    "០៩២ ៣១១ ៥១១។</p>"
                                ),
                                "style": "info",
                            },
                        },
                    ],
                },
                "children": [],
            },
            {
                "slug": {"en": "research-reports", "km": "research-reports"},
                "title": {
                    "en": "Research Reports",
                    "km": "របាយការណ៍ស្រាវជ្រាវ",
                },
                "seo_title": {
                    "en": "Research Reports | APLE Cambodia",
                    "km": "របាយការណ៍ស្រាវជ្រាវ | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "APLE research on child sexual abuse and exploitation "
                        "in Cambodia, used to guide our programmes and policy "
                        "work."
                    ),
                    "km": (
                        "ការស្រាវជ្រាវរបស់ APLE អំពីការរំលោភបំពាន "
                        "និងការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារនៅកម្ពុជា "
                        "ដែលត្រូវបានប្រើដើម្បីតម្រង់ទិសកម្មវិធី "
                        "និងការងារគោលនយោបាយរបស់យើង។"
                    ),
                },
                "intro": {
                    "en": ("Evidence helps us understand the problem and respond better."),
                    "km": ("ភស្តុតាងជួយយើងឱ្យយល់ពីបញ្ហា និងឆ្លើយតបបានប្រសើរជាងមុន។"),
                },
                "body": {
                    "en": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Our research looks at how abuse happens, "
                                "how children and families experience the "
                                "justice system and which prevention "
                                "approaches work. Studies follow strict "
                                "ethical rules: children take part only "
                                "voluntarily, and no one can be identified "
                                "from the published findings.</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Findings are shared with the government, "
                                "partners and communities, and they shape our "
                                "training, our campaigns and our "
                                "recommendations for legal reform. Reports "
                                "will be listed here as they are published. "
                                "Researchers and students are welcome to "
                                "contact us about working together.</p>"
                            ),
                        },
                    ],
                    "km": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>ការស្រាវជ្រាវរបស់យើងសិក្សាអំពីរបៀបដែលការរំលោភបំពានកើតឡើង "
                                "បទពិសោធន៍របស់កុមារ "
                                "និងគ្រួសារនៅក្នុងប្រព័ន្ធយុត្តិធម៌ "
                                "និងវិធីសាស្ត្របង្ការណាខ្លះដែលមានប្រសិទ្ធភាព។ "
                                "ការសិក្សាទាំងនោះគោរពតាមវិធានសីលធម៌យ៉ាងតឹងរ៉ឹង៖ "
                                "កុមារចូលរួមតែដោយស្ម័គ្រចិត្តប៉ុណ្ណោះ "
                                "ហើយគ្មាននរណាម្នាក់អាចត្រូវបានកំណត់អត្តសញ្ញាណពីលទ្ធផលដែលបានផ្សព្វផ្សាយឡើយ។</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>លទ្ធផលនៃការស្រាវជ្រាវត្រូវបានចែករំលែកជាមួយរាជរដ្ឋាភិបាល "
                                "ដៃគូ និងសហគមន៍ "
                                "ហើយវាជួយកំណត់ទិសដៅនៃការបណ្តុះបណ្តាល "
                                "យុទ្ធនាការ "
                                "និងអនុសាសន៍របស់យើងសម្រាប់កំណែទម្រង់ច្បាប់។ "
                                "របាយការណ៍នានានឹងត្រូវដាក់បង្ហាញនៅទីនេះ "
                                "នៅពេលដែលត្រូវបានបោះពុម្ពផ្សាយ។ "
                                "យើងសូមស្វាគមន៍អ្នកស្រាវជ្រាវ និងនិស្សិត "
                                "ក្នុងការទាក់ទងមកយើងអំពីកិច្ចសហការ។</p>"
                            ),
                        },
                    ],
                },
                "children": [],
            },
            {
                "slug": {
                    "en": "campaign-materials",
                    "km": "campaign-materials",
                },
                "title": {
                    "en": "Campaign Materials",
                    "km": "សម្ភារៈយុទ្ធនាការ",
                },
                "seo_title": {
                    "en": "Campaign Materials | APLE Cambodia",
                    "km": "សម្ភារៈយុទ្ធនាការ | APLE កម្ពុជា",
                },
                "search_description": {
                    "en": (
                        "Posters, videos and social media graphics from APLE "
                        "campaigns to help you speak up for children's safety."
                    ),
                    "km": ("ផ្ទាំងរូបភាព វីដេអូ និងក្រាហ្វិកសម្រាប់បណ្តាញសង្គម ពីយុទ្ធនាការរបស់ APLE ដើម្បីជួយអ្នកលើកឡើងអំពីសុវត្ថិភាពកុមារ។"),
                },
                "intro": {
                    "en": "Help us spread messages that protect children.",
                    "km": "ជួយយើងផ្សព្វផ្សាយសារដែលការពារកុមារ។",
                },
                "body": {
                    "en": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Our campaigns encourage people to "
                                "recognise abuse, reject it and report it. "
                                "You are welcome to share our posters, short "
                                "videos and social media graphics on Facebook "
                                "and other platforms, as long as you do not "
                                "change the message or use the materials for "
                                "commercial purposes.</p><p>Schools and "
                                "community groups can also ask us for printed "
                                "posters and banners for events such as "
                                "International Children's Day.</p>"
                            ),
                        },
                        {
                            "type": "quote",
                            "value": {
                                "quote": ("Silence protects abusers. Speaking up protects children."),
                                "attribution": "APLE campaign message",
                            },
                        },
                    ],
                    "km": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>យុទ្ធនាការរបស់យើងលើកទឹកចិត្តមនុស្សឱ្យចេះស្គាល់ការរំលោភបំពាន "
                                "ប្រឆាំងនឹងវា និងរាយការណ៍អំពីវា។ "
                                "អ្នកអាចចែករំលែកផ្ទាំងរូបភាព វីដេអូខ្លីៗ "
                                "និងក្រាហ្វិកសម្រាប់បណ្តាញសង្គមរបស់យើង នៅលើ "
                                "Facebook និងបណ្តាញផ្សេងៗទៀតបាន "
                                "ដរាបណាអ្នកមិនកែប្រែខ្លឹមសារ "
                                "ឬប្រើប្រាស់សម្ភារៈទាំងនេះសម្រាប់គោលបំណងពាណិជ្ជកម្ម។</p>"
                                "<p>សាលារៀន និងក្រុមសហគមន៍ "
                                "ក៏អាចស្នើសុំផ្ទាំងរូបភាព "
                                "និងបដាដែលបានបោះពុម្ពពីយើង "
                                "សម្រាប់ព្រឹត្តិការណ៍នានា "
                                "ដូចជាទិវាកុមារអន្តរជាតិជាដើម។</p>"
                            ),
                        },
                        {
                            "type": "quote",
                            "value": {
                                "quote": ("ភាពស្ងៀមស្ងាត់ការពារជនល្មើស។ ការហ៊ាននិយាយចេញការពារកុមារ។"),
                                "attribution": "សារយុទ្ធនាការរបស់ APLE",
                            },
                        },
                    ],
                },
                "children": [],
            },
            {
                "slug": {"en": "online-courses", "km": "online-courses"},
                "title": {"en": "Online Courses", "km": "វគ្គសិក្សាតាមអនឡាញ"},
                "seo_title": {
                    "en": "Online Child Protection Courses | APLE",
                    "km": "វគ្គសិក្សាការពារកុមារតាមអនឡាញ | APLE",
                },
                "search_description": {
                    "en": (
                        "Free, self-paced online courses on child protection "
                        "for parents, teachers, volunteers and professionals, "
                        "in Khmer and English."
                    ),
                    "km": (
                        "វគ្គសិក្សាតាមអនឡាញដោយឥតគិតថ្លៃ "
                        "ដែលអាចរៀនតាមល្បឿនផ្ទាល់ខ្លួន អំពីការការពារកុមារ "
                        "សម្រាប់ឪពុកម្តាយ គ្រូបង្រៀន អ្នកស្ម័គ្រចិត្ត "
                        "និងអ្នកជំនាញ ជាភាសាខ្មែរ និងភាសាអង់គ្លេស។"
                    ),
                },
                "intro": {
                    "en": "Learn at your own pace, wherever you are.",
                    "km": "រៀនតាមល្បឿនរបស់អ្នក មិនថាអ្នកនៅទីណាក៏ដោយ។",
                },
                "body": {
                    "en": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Our short online courses cover the basics "
                                "of child protection, online safety and how "
                                "to respond when a child discloses abuse. "
                                "Each course takes about an hour and ends "
                                "with a short quiz.</p><p>Courses work on a "
                                "phone as well as a computer, use little "
                                "mobile data and can be paused and continued "
                                "later. Participants who complete a course "
                                "can download a certificate.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Coming soon",
                                "text": (
                                    "<p>Course registration will open on this "
                                    "page. You do not need to give any "
                                    "personal details to browse the list of "
                                    "courses.</p>"
                                ),
                                "style": "info",
                            },
                        },
                    ],
                    "km": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>វគ្គសិក្សាខ្លីៗតាមអនឡាញរបស់យើង "
                                "គ្របដណ្តប់លើមូលដ្ឋានគ្រឹះនៃការការពារកុមារ "
                                "សុវត្ថិភាពតាមអនឡាញ "
                                "និងរបៀបឆ្លើយតបនៅពេលកុមារប្រាប់អំពីការរំលោភបំពាន។ "
                                "វគ្គនីមួយៗចំណាយពេលប្រហែលមួយម៉ោង "
                                "ហើយបញ្ចប់ដោយកម្រងសំណួរខ្លីមួយ។</p>"
                                "<p>វគ្គសិក្សាទាំងនេះអាចប្រើបានទាំងនៅលើទូរស័ព្ទ "
                                "និងកុំព្យូទ័រ ប្រើទិន្នន័យអ៊ីនធឺណិតតិចតួច "
                                "ហើយអាចផ្អាក និងបន្តរៀននៅពេលក្រោយបាន។ "
                                "អ្នកចូលរួមដែលបញ្ចប់វគ្គសិក្សា "
                                "អាចទាញយកវិញ្ញាបនបត្របាន។</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "នឹងមកដល់ឆាប់ៗ",
                                "text": (
                                    "<p>ការចុះឈ្មោះចូលរៀននឹងបើកនៅលើទំព័រនេះ។ "
                                    "អ្នកមិនចាំបាច់ផ្តល់ព័ត៌មានផ្ទាល់ខ្លួនណាមួយ "
                                    "ដើម្បីមើលបញ្ជីវគ្គសិក្សាទេ។</p>"
                                ),
                                "style": "info",
                            },
                        },
                    ],
                },
                "children": [],
            },
        ],
    },
    {
        "slug": {"en": "privacy-policy", "km": "privacy-policy"},
        "title": {"en": "Privacy Policy", "km": "គោលការណ៍ឯកជនភាព"},
        "seo_title": {
            "en": "Privacy Policy | APLE Cambodia",
            "km": "គោលការណ៍ឯកជនភាព | APLE កម្ពុជា",
        },
        "search_description": {
            "en": (
                "How APLE Cambodia handles information on this website: no "
                "tracking, encrypted reports and cookies only with your "
                "consent."
            ),
            "km": (
                "របៀបដែល APLE កម្ពុជាគ្រប់គ្រងព័ត៌មាននៅលើគេហទំព័រនេះ៖ "
                "គ្មានការតាមដាន របាយការណ៍ត្រូវបានអ៊ិនគ្រីប "
                "និងប្រើខូគីតែនៅពេលមានការយល់ព្រមពីអ្នកប៉ុណ្ណោះ។"
            ),
        },
        "intro": {
            "en": ("We protect your privacy as carefully as we protect children."),
            "km": ("យើងការពារឯកជនភាពរបស់អ្នក ដោយយកចិត្តទុកដាក់ដូចដែលយើងការពារកុមារដែរ។"),
        },
        "body": {
            "en": [
                {
                    "type": "heading",
                    "value": {"text": "What we collect", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>We do <b>not</b> collect information to track "
                        "you, and this website does not use advertising or "
                        "tracking tools. If you send us a report or a "
                        "message, we receive only what you choose to write. "
                        "Giving your name and contact details is always "
                        "optional.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "How reports are protected",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Reports are sent over a secure connection and "
                        "stored in encrypted form. Only trained staff who "
                        "need the information to protect a child can read "
                        "them. We share information with the police or other "
                        "services only when this is necessary to keep a child "
                        "safe or when the law requires it.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p><b>Cookies.</b> This website uses cookies only "
                        "with your consent. If you decline, the site still "
                        "works normally, and you can change your choice at "
                        "any time.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "title": "Questions about your data",
                        "text": (
                            "<p>To ask what information we hold about you, or "
                            "to ask us to correct or delete it, write to "
                            "info@aplecambodia.org.</p>"
                        ),
                        "style": "info",
                    },
                },
            ],
            "km": [
                {
                    "type": "heading",
                    "value": {"text": "ព័ត៌មានដែលយើងប្រមូល", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>យើង<b>មិន</b>ប្រមូលព័ត៌មានដើម្បីតាមដានអ្នកឡើយ "
                        "ហើយគេហទំព័រនេះក៏មិនប្រើឧបករណ៍ផ្សាយពាណិជ្ជកម្ម "
                        "ឬឧបករណ៍តាមដានដែរ។ ប្រសិនបើអ្នកផ្ញើរបាយការណ៍ "
                        "ឬសារមកយើង "
                        "យើងទទួលបានតែអ្វីដែលអ្នកជ្រើសរើសសរសេរប៉ុណ្ណោះ។ "
                        "ការផ្តល់ឈ្មោះ និងព័ត៌មានទំនាក់ទំនងរបស់អ្នក "
                        "តែងតែស្រេចលើការសម្រេចចិត្តរបស់អ្នក។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "របៀបដែលរបាយការណ៍ត្រូវបានការពារ",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>របាយការណ៍ត្រូវបានផ្ញើតាមការតភ្ជាប់ដែលមានសុវត្ថិភាព "
                        "ហើយត្រូវបានរក្សាទុកក្នុងទម្រង់អ៊ិនគ្រីប។ "
                        "មានតែបុគ្គលិកដែលបានទទួលការបណ្តុះបណ្តាល "
                        "និងត្រូវការព័ត៌មាននោះដើម្បីការពារកុមារប៉ុណ្ណោះ "
                        "ទើបអាចអានវាបាន។ យើងចែករំលែកព័ត៌មានជាមួយនគរបាល "
                        "ឬសេវាកម្មផ្សេងទៀត "
                        "តែនៅពេលដែលចាំបាច់ដើម្បីរក្សាសុវត្ថិភាពកុមារ "
                        "ឬនៅពេលដែលច្បាប់តម្រូវប៉ុណ្ណោះ។</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p><b>ខូគី។</b> គេហទំព័រនេះប្រើខូគី "
                        "តែនៅពេលមានការយល់ព្រមពីអ្នកប៉ុណ្ណោះ។ "
                        "ប្រសិនបើអ្នកបដិសេធ គេហទំព័រនៅតែដំណើរការជាធម្មតា "
                        "ហើយអ្នកអាចផ្លាស់ប្តូរជម្រើសរបស់អ្នកបានគ្រប់ពេល។</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "title": "សំណួរអំពីទិន្នន័យរបស់អ្នក",
                        "text": (
                            "<p>ដើម្បីសួរថាតើយើងរក្សាទុកព័ត៌មានអ្វីខ្លះអំពីអ្នក "
                            "ឬដើម្បីស្នើសុំឱ្យយើងកែតម្រូវ ឬលុបព័ត៌មាននោះ "
                            "សូមផ្ញើអ៊ីមែលមកកាន់ info@aplecambodia.org។</p>"
                        ),
                        "style": "info",
                    },
                },
            ],
        },
        "children": [],
    },
]
