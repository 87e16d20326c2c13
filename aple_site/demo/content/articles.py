r"""Bilingual (English / Khmer) demo articles for the news section of the APLE site.

All text here is original demo copy written for this project; nothing is copied
from a real website or news report.

``TAGS`` maps a lowercase Latin tag slug to its ``{"en": ..., "km": ...}`` label.

``ARTICLES`` is a list of news items. Every article has the keys ``category``
(one of "news-articles", "our-insights", "in-the-spotlight", "case-stories"),
``date`` ("YYYY-MM-DD"), ``slug`` (Latin, shared by both languages and unique
within its category), ``title``, ``summary``, ``byline`` (or ``None``),
``tags`` (keys of ``TAGS``), ``image_alt`` and ``body``. Translatable fields
are ``{"en": ..., "km": ...}`` dicts. ``body`` holds raw StreamField data per
language - a list of ``{"type": ..., "value": ...}`` blocks of the types
"heading", "paragraph", "quote", "report_callout" and "statistics" - with the
same block structure in English and Khmer. The "report_callout" block carries
only a title and one sentence; the site adds the hotline numbers itself.

Case stories are composite and anonymised: names and details are changed and
the stories say so. Quotes are attributed to roles (a teacher, a hotline
analyst), never to real named people. Numbers are either general (e.g. a
two-day training) or labelled as demo figures. Khmer prose uses Khmer digits.
"""

TAGS = {
    "online-safety": {"en": "Online safety", "km": "សុវត្ថិភាពតាមអនឡាញ"},
    "hotline": {"en": "Hotline", "km": "ខ្សែទូរស័ព្ទបន្ទាន់"},
    "justice": {"en": "Justice", "km": "យុត្តិធម៌"},
    "prevention": {"en": "Prevention", "km": "ការបង្ការ"},
    "schools": {"en": "Schools", "km": "សាលារៀន"},
    "campaigns": {"en": "Campaigns", "km": "យុទ្ធនាការ"},
    "survivors": {"en": "Supporting survivors", "km": "ការគាំទ្រជនរងគ្រោះ"},
    "partnerships": {"en": "Partnerships", "km": "ភាពជាដៃគូ"},
    "law-reform": {"en": "Law reform", "km": "កំណែទម្រង់ច្បាប់"},
    "tourism": {"en": "Child-safe tourism", "km": "ទេសចរណ៍សុវត្ថិភាពសម្រាប់កុមារ"},
}

ARTICLES = [
    {
        "category": "news-articles",
        "date": "2019-03-14",
        "slug": "police-workshop-on-online-investigations",
        "title": {
            "en": "Police officers sharpen their skills for investigating online child exploitation",
            "km": "មន្ត្រីនគរបាលពង្រឹងជំនាញស៊ើបអង្កេតការកេងប្រវ័ញ្ចកុមារតាមអនឡាញ",
        },
        "summary": {
            "en": (
                "APLE hosted a three-day workshop for police officers on handling digital evidence and interviewing "
                "children in a sensitive, child-friendly way."
            ),
            "km": (
                "APLE បានរៀបចំសិក្ខាសាលារយៈពេលបីថ្ងៃ សម្រាប់មន្ត្រីនគរបាល ស្តីពីការគ្រប់គ្រងភស្តុតាងឌីជីថល "
                "និងការសាកសួរកុមារដោយយកចិត្តទុកដាក់ និងស័ក្តិសមនឹងកុមារ។"
            ),
        },
        "byline": {"en": "APLE communications team", "km": "ក្រុមការងារទំនាក់ទំនងរបស់ APLE"},
        "tags": ["justice", "partnerships", "online-safety"],
        "image_alt": {
            "en": "Abstract illustration of a magnifying glass over a network of connected dots",
            "km": "រូបគំនូរអរូបីនៃកែវពង្រីកនៅលើបណ្តាញចំណុចដែលតភ្ជាប់គ្នា",
        },
        "body": {
            "en": [
                {
                    "type": "heading",
                    "value": {"text": "Why online cases need new skills", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>More and more of the reports that reach our hotline involve a phone, a chat app or a "
                        "social media account. Abusers use technology to contact children, to groom them and to share "
                        "images. For investigators, this means that evidence is often digital, easy to delete and "
                        "spread across several platforms.</p><p>To respond, APLE brought together officers from the "
                        "specialised juvenile protection police of several provinces for three days of practical "
                        "sessions in Phnom Penh.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "What the workshop covered", "level": "h3"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>Preserving and recording digital evidence before it disappears</li><li>Working with "
                        "online platforms and international partners</li><li>Interviewing a child only once, gently "
                        "and with a social worker present</li><li>Protecting the child's identity throughout the "
                        "case</li></ul>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "We used to think of a phone as just a phone. Now we see it as a crime scene that has to "
                            "be handled with care."
                        ),
                        "attribution": "A participating police officer",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The workshop is part of our long-standing support to the police and the courts. Our legal "
                        "and investigation staff will continue to accompany officers on real cases, so that what was "
                        "learned in the classroom is put into practice.</p>"
                    ),
                },
            ],
            "km": [
                {
                    "type": "heading",
                    "value": {"text": "ហេតុអ្វីករណីតាមអនឡាញត្រូវការជំនាញថ្មី", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>របាយការណ៍កាន់តែច្រើនឡើងៗ ដែលខ្សែទូរស័ព្ទបន្ទាន់របស់យើងទទួលបាន ពាក់ព័ន្ធនឹងទូរស័ព្ទដៃ "
                        "កម្មវិធីជជែក ឬគណនីបណ្តាញសង្គម។ ជនល្មើសប្រើប្រាស់បច្ចេកវិទ្យា ដើម្បីទាក់ទងកុមារ បញ្ឆោតពួកគេ "
                        "និងចែកចាយរូបភាព។ សម្រាប់អ្នកស៊ើបអង្កេត នេះមានន័យថា ភស្តុតាងច្រើនតែជាទម្រង់ឌីជីថល ងាយលុបចោល "
                        "និងនៅរាយប៉ាយលើវេទិកាច្រើន។</p><p>ដើម្បីឆ្លើយតបនឹងបញ្ហានេះ APLE "
                        "បានប្រមូលផ្តុំមន្ត្រីនគរបាលការពារអនីតិជនមកពីខេត្តមួយចំនួន "
                        "ឱ្យចូលរួមវគ្គអនុវត្តជាក់ស្តែងរយៈពេលបីថ្ងៃ នៅរាជធានីភ្នំពេញ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "ខ្លឹមសារនៃសិក្ខាសាលា", "level": "h3"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>ការរក្សាទុក និងកត់ត្រាភស្តុតាងឌីជីថល "
                        "មុនពេលវាបាត់បង់</li><li>ការសហការជាមួយវេទិកាអនឡាញ "
                        "និងដៃគូអន្តរជាតិ</li><li>ការសាកសួរកុមារតែម្តងគត់ ដោយទន់ភ្លន់ "
                        "និងមានវត្តមានបុគ្គលិកសង្គមកិច្ច</li><li>ការការពារអត្តសញ្ញាណកុមារ "
                        "ពេញមួយដំណើរការនៃសំណុំរឿង</li></ul>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "ពីមុន យើងគិតថាទូរស័ព្ទគ្រាន់តែជាទូរស័ព្ទប៉ុណ្ណោះ។ ឥឡូវនេះ យើងយល់ថា វាជាកន្លែងកើតហេតុមួយ "
                            "ដែលត្រូវដោះស្រាយដោយប្រុងប្រយ័ត្ន។"
                        ),
                        "attribution": "មន្ត្រីនគរបាលម្នាក់ដែលបានចូលរួម",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>សិក្ខាសាលានេះ គឺជាផ្នែកមួយនៃការគាំទ្ររយៈពេលយូររបស់យើង ចំពោះនគរបាល និងតុលាការ។ "
                        "បុគ្គលិកផ្នែកច្បាប់ និងផ្នែកស៊ើបអង្កេតរបស់យើង "
                        "នឹងបន្តអមដំណើរមន្ត្រីនគរបាលក្នុងសំណុំរឿងជាក់ស្តែង ដើម្បីឱ្យចំណេះដឹងដែលទទួលបានក្នុងថ្នាក់រៀន "
                        "ត្រូវបានយកទៅអនុវត្ត។</p>"
                    ),
                },
            ],
        },
    },
    {
        "category": "news-articles",
        "date": "2021-06-22",
        "slug": "report-it-dont-share-it-campaign",
        "title": {
            "en": "APLE and Facebook launch the “Report It. Don't Share It.” campaign in Cambodia",
            "km": "APLE និង Facebook ដាក់ឱ្យដំណើរការយុទ្ធនាការ «សូមរាយការណ៍ កុំចែករំលែក» នៅកម្ពុជា",
        },
        "summary": {
            "en": (
                "In June 2021, APLE and Facebook launched a campaign asking people in Cambodia who come across child "
                "sexual abuse material online to report it instead of sharing or forwarding it."
            ),
            "km": (
                "នៅខែមិថុនា ឆ្នាំ២០២១ APLE និង Facebook បានដាក់ឱ្យដំណើរការយុទ្ធនាការមួយ "
                "ដែលអំពាវនាវដល់ប្រជាជននៅកម្ពុជា ដែលបានឃើញរូបភាព ឬវីដេអូរំលោភបំពានផ្លូវភេទលើកុមារតាមអនឡាញ ឱ្យរាយការណ៍ "
                "ជំនួសឱ្យការចែករំលែក ឬបញ្ជូនបន្ត។"
            ),
        },
        "byline": {"en": "APLE communications team", "km": "ក្រុមការងារទំនាក់ទំនងរបស់ APLE"},
        "tags": ["campaigns", "online-safety", "partnerships"],
        "image_alt": {
            "en": "Abstract illustration of a hand pressing a report button instead of a share arrow",
            "km": "រូបគំនូរអរូបីនៃដៃមួយចុចប៊ូតុងរាយការណ៍ ជំនួសឱ្យសញ្ញាព្រួញចែករំលែក",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This month APLE joined with Facebook to launch <b>“Report It. Don't Share It.”</b>, a "
                        "campaign that asks everyone in Cambodia to respond in the right way when they come across "
                        "images or videos of child sexual abuse online.</p><p>Sometimes people forward such material "
                        "because they are shocked, because they want to warn others or because they hope to find the "
                        "person responsible. However good the intention, every share spreads the abuse further.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Why sharing causes harm", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Each time an image is passed on, the child in it is victimised again. The material can "
                        "stay online for years and follow the child into adulthood. Sharing or possessing such "
                        "content can also be a crime in itself, even if the person forwarding it did not create "
                        "it.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "What to do instead", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ol><li>Do not forward, comment on or download the material.</li><li>Report it to the "
                        "platform using its reporting tools.</li><li>Tell APLE's hotline or the police, including "
                        "where you saw it.</li></ol><p>The campaign shares these simple steps through short social "
                        "media messages in Khmer, so that they reach people where they spend their time online.</p>"
                    ),
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "Report it. Don't share it.",
                        "text": (
                            "If you see sexual images of a child online, report them to the platform and to us – "
                            "never pass them on."
                        ),
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>នៅខែនេះ APLE បានសហការជាមួយ Facebook ដាក់ឱ្យដំណើរការយុទ្ធនាការ <b>«សូមរាយការណ៍ "
                        "កុំចែករំលែក»</b> ដែលអំពាវនាវដល់មនុស្សគ្រប់គ្នានៅកម្ពុជា ឱ្យឆ្លើយតបបានត្រឹមត្រូវ "
                        "នៅពេលពួកគេឃើញរូបភាព ឬវីដេអូរំលោភបំពានផ្លូវភេទលើកុមារតាមអនឡាញ។</p><p>ពេលខ្លះ "
                        "មនុស្សបញ្ជូនបន្តសម្ភារៈបែបនេះ ដោយសារតែពួកគេភ្ញាក់ផ្អើល ចង់ព្រមានអ្នកដទៃ "
                        "ឬសង្ឃឹមថានឹងរកឃើញជនល្មើស។ ទោះបីជាមានចេតនាល្អយ៉ាងណាក៏ដោយ ការចែករំលែកនីមួយៗ "
                        "ធ្វើឱ្យការរំលោភបំពាននោះរីករាលដាលកាន់តែខ្លាំង។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "ហេតុអ្វីការចែករំលែកបង្កគ្រោះថ្នាក់", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>រាល់ពេលដែលរូបភាពមួយត្រូវបានបញ្ជូនបន្ត កុមារនៅក្នុងរូបភាពនោះត្រូវរងគ្រោះម្តងទៀត។ "
                        "សម្ភារៈទាំងនោះអាចនៅលើអនឡាញរាប់ឆ្នាំ ហើយតាមលងកុមាររហូតដល់ពេលពួកគេធំពេញវ័យ។ ការចែករំលែក "
                        "ឬការរក្សាទុកខ្លឹមសារបែបនេះ ក៏អាចជាបទល្មើសមួយដែរ "
                        "ទោះបីជាអ្នកបញ្ជូនបន្តមិនមែនជាអ្នកផលិតវាក៏ដោយ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "អ្វីដែលគួរធ្វើជំនួសវិញ", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ol><li>កុំបញ្ជូនបន្ត បញ្ចេញមតិ ឬទាញយកសម្ភារៈនោះ។</li><li>រាយការណ៍ទៅវេទិកានោះ "
                        "ដោយប្រើមុខងាររាយការណ៍របស់វា។</li><li>ប្រាប់ខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE ឬនគរបាល "
                        "ព្រមទាំងប្រាប់ពីកន្លែងដែលអ្នកបានឃើញវា។</li></ol><p>យុទ្ធនាការនេះផ្សព្វផ្សាយជំហានសាមញ្ញៗទាំង"
                        "នេះ តាមរយៈសារខ្លីៗជាភាសាខ្មែរនៅលើបណ្តាញសង្គម ដើម្បីឱ្យសារទាំងនេះទៅដល់មនុស្ស "
                        "នៅកន្លែងដែលពួកគេចំណាយពេលនៅលើអនឡាញ។</p>"
                    ),
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "សូមរាយការណ៍ កុំចែករំលែក។",
                        "text": (
                            "ប្រសិនបើអ្នកឃើញរូបភាពផ្លូវភេទរបស់កុមារតាមអនឡាញ សូមរាយការណ៍ទៅវេទិកានោះ និងមកយើង – កុំបញ្ជូនបន្តវាដាច់ខាត។"
                        ),
                    },
                },
            ],
        },
    },
    {
        "category": "news-articles",
        "date": "2022-09-08",
        "slug": "teachers-trained-to-recognise-and-respond-to-abuse",
        "title": {
            "en": "Primary school teachers trained to recognise and respond to abuse",
            "km": "គ្រូបង្រៀនបឋមសិក្សាទទួលបានការបណ្តុះបណ្តាល ដើម្បីស្គាល់ និងឆ្លើយតបនឹងការរំលោភបំពាន",
        },
        "summary": {
            "en": (
                "Teachers from partner schools spent two days learning how to notice warning signs, listen to a child "
                "who discloses abuse and make a safe referral."
            ),
            "km": (
                "គ្រូបង្រៀនមកពីសាលាដៃគូ បានចំណាយពេលពីរថ្ងៃ ដើម្បីរៀនពីរបៀបសម្គាល់សញ្ញាព្រមាន "
                "ស្តាប់កុមារដែលប្រាប់អំពីការរំលោភបំពាន និងបញ្ជូនករណីដោយសុវត្ថិភាព។"
            ),
        },
        "byline": None,
        "tags": ["schools", "prevention"],
        "image_alt": {
            "en": "Abstract illustration of a chalkboard with a shield and a heart drawn on it",
            "km": "រូបគំនូរអរូបីនៃក្តារខៀនមួយ ដែលមានគូររូបខែល និងរូបបេះដូង",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Teachers are often the first adults outside the family to notice that something is wrong. "
                        "A child may become withdrawn, stop coming to class or say something that worries a teacher. "
                        "Knowing what to do next can make all the difference.</p><p>This week APLE's prevention team "
                        "held a two-day training for primary school teachers and school directors from partner "
                        "schools in several provinces.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Listen, believe, refer", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Through role plays and group discussions, participants practised three simple "
                        "steps:</p><ul><li><b>Listen</b> calmly, without pressing the child for "
                        "details.</li><li><b>Believe</b> the child and tell them it is not their "
                        "fault.</li><li><b>Refer</b> the concern to the school's focal person, the hotline or the "
                        "police, and keep it confidential.</li></ul><p>Teachers also reviewed age-appropriate lessons "
                        "on body safety and online safety that they can use in class.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "I realised that my first reaction matters. If a child trusts me enough to speak, I must "
                            "be ready to listen."
                        ),
                        "attribution": "A primary school teacher who took part",
                    },
                },
                {
                    "type": "statistics",
                    "value": {
                        "title": "The training in brief",
                        "items": [
                            {"value": "2 days", "label": "of role plays, discussion and practice"},
                            {"value": "3 steps", "label": "listen, believe and refer"},
                        ],
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>គ្រូបង្រៀនច្រើនតែជាមនុស្សពេញវ័យដំបូងគេនៅក្រៅគ្រួសារ ដែលកត់សម្គាល់ឃើញថាមានរឿងមិនប្រក្រតី។ "
                        "កុមារម្នាក់អាចក្លាយជាអ្នកនៅស្ងៀម ឈប់មករៀន ឬនិយាយអ្វីមួយដែលធ្វើឱ្យគ្រូព្រួយបារម្ភ។ "
                        "ការដឹងថាត្រូវធ្វើអ្វីបន្ទាប់ អាចធ្វើឱ្យមានភាពខុសគ្នាយ៉ាងខ្លាំង។</p><p>នៅសប្តាហ៍នេះ "
                        "ក្រុមការងារបង្ការរបស់ APLE បានរៀបចំវគ្គបណ្តុះបណ្តាលរយៈពេលពីរថ្ងៃ សម្រាប់គ្រូបង្រៀនបឋមសិក្សា "
                        "និងនាយកសាលាមកពីសាលាដៃគូក្នុងខេត្តមួយចំនួន។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "ស្តាប់ ជឿ និងបញ្ជូន", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>តាមរយៈការសម្តែងតួនាទី និងការពិភាក្សាជាក្រុម "
                        "អ្នកចូលរួមបានហាត់អនុវត្តជំហានសាមញ្ញចំនួនបី៖</p><ul><li><b>ស្តាប់</b>ដោយស្ងប់ស្ងាត់ "
                        "ដោយមិនបង្ខំកុមារឱ្យប្រាប់ព័ត៌មានលម្អិត។</li><li><b>ជឿ</b>កុមារ ហើយប្រាប់ពួកគេថា "
                        "វាមិនមែនជាកំហុសរបស់ពួកគេទេ។</li><li><b>បញ្ជូន</b>ការព្រួយបារម្ភទៅអ្នកទទួលបន្ទុករបស់សាលា "
                        "ខ្សែទូរស័ព្ទបន្ទាន់ ឬនគរបាល "
                        "ហើយរក្សាការសម្ងាត់។</li></ul><p>គ្រូបង្រៀនក៏បានពិនិត្យមើលមេរៀនអំពីសុវត្ថិភាពរាងកាយ "
                        "និងសុវត្ថិភាពតាមអនឡាញ ដែលសមស្របតាមអាយុ ហើយដែលពួកគេអាចប្រើនៅក្នុងថ្នាក់រៀនផងដែរ។</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "ខ្ញុំបានដឹងថា ប្រតិកម្មដំបូងរបស់ខ្ញុំពិតជាសំខាន់ណាស់។ ប្រសិនបើកុមារទុកចិត្តខ្ញុំ រហូតហ៊ាននិយាយប្រាប់ ខ្ញុំត្រូវតែត្រៀមខ្លួនស្តាប់។"
                        ),
                        "attribution": "គ្រូបង្រៀនបឋមសិក្សាម្នាក់ដែលបានចូលរួម",
                    },
                },
                {
                    "type": "statistics",
                    "value": {
                        "title": "សង្ខេបវគ្គបណ្តុះបណ្តាល",
                        "items": [
                            {"value": "២ ថ្ងៃ", "label": "នៃការសម្តែងតួនាទី ការពិភាក្សា និងការអនុវត្ត"},
                            {"value": "៣ ជំហាន", "label": "ស្តាប់ ជឿ និងបញ្ជូន"},
                        ],
                    },
                },
            ],
        },
    },
    {
        "category": "news-articles",
        "date": "2024-02-20",
        "slug": "new-khmer-guide-for-parents-on-online-safety",
        "title": {
            "en": "New Khmer-language guide helps parents talk to children about online safety",
            "km": "មគ្គុទ្ទេសក៍ថ្មីជាភាសាខ្មែរ ជួយឪពុកម្តាយឱ្យនិយាយជាមួយកូនអំពីសុវត្ថិភាពតាមអនឡាញ",
        },
        "summary": {
            "en": (
                "Our new free booklet gives parents and carers practical ideas for starting conversations about "
                "phones, games and social media."
            ),
            "km": (
                "សៀវភៅណែនាំឥតគិតថ្លៃថ្មីរបស់យើង ផ្តល់គំនិតជាក់ស្តែងដល់ឪពុកម្តាយ និងអ្នកថែទាំ ដើម្បីចាប់ផ្តើមការសន្ទនាអំពីទូរស័ព្ទ ហ្គេម និងបណ្តាញសង្គម។"
            ),
        },
        "byline": {"en": "APLE communications team", "km": "ក្រុមការងារទំនាក់ទំនងរបស់ APLE"},
        "tags": ["online-safety", "prevention"],
        "image_alt": {
            "en": "Abstract illustration of an open booklet beside a smartphone",
            "km": "រូបគំនូរអរូបីនៃសៀវភៅណែនាំដែលបើកចំហ នៅក្បែរស្មាតហ្វូនមួយ",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Many parents tell us they want to protect their children online but do not know where to "
                        "start. Their children often know more about apps than they do, and the subject can feel "
                        "awkward. To help, APLE has published a short illustrated guide in Khmer for parents and "
                        "carers.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Inside the guide", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>Simple questions to start a conversation, such as “Who do you chat with in your "
                        "games?”</li><li>Warning signs that a child may be under pressure online</li><li>How to set "
                        "up privacy settings on popular apps together</li><li>What to do, and what not to do, if your "
                        "child shares a worry</li></ul><p>The guide avoids blame and fear. Its main message is that "
                        "children are safer when they know they can come to a trusted adult without being "
                        "punished.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Printed copies are being shared through partner schools, community meetings and local "
                        "authorities, and a digital version is available to download from our resources page.</p>"
                    ),
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "Worried about a child?",
                        "text": "Talk to us any time, day or night – every call is treated in confidence.",
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ឪពុកម្តាយជាច្រើនប្រាប់យើងថា ពួកគេចង់ការពារកូនៗនៅលើអនឡាញ "
                        "ប៉ុន្តែមិនដឹងថាត្រូវចាប់ផ្តើមពីណា។ កូនៗរបស់ពួកគេច្រើនតែដឹងអំពីកម្មវិធីនានាច្រើនជាងពួកគេ "
                        "ហើយប្រធានបទនេះ អាចធ្វើឱ្យមានអារម្មណ៍ពិបាកនិយាយ។ ដើម្បីជួយ APLE "
                        "បានបោះពុម្ពមគ្គុទ្ទេសក៍ខ្លីមួយជាភាសាខ្មែរ ដែលមានរូបភាពប្រកបជាមួយ សម្រាប់ឪពុកម្តាយ "
                        "និងអ្នកថែទាំ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "ខ្លឹមសារក្នុងមគ្គុទ្ទេសក៍", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>សំណួរសាមញ្ញៗ ដើម្បីចាប់ផ្តើមការសន្ទនា ដូចជា «តើកូនជជែកជាមួយអ្នកណាខ្លះ "
                        "ពេលលេងហ្គេម?»</li><li>សញ្ញាព្រមានដែលបង្ហាញថា "
                        "កុមារម្នាក់អាចកំពុងរងសម្ពាធនៅលើអនឡាញ</li><li>របៀបកំណត់ឯកជនភាពលើកម្មវិធីពេញនិយមជាមួយគ្នា</li"
                        "><li>អ្វីដែលគួរធ្វើ និងមិនគួរធ្វើ "
                        "ប្រសិនបើកូនរបស់អ្នកប្រាប់អំពីការព្រួយបារម្ភ</li></ul><p>មគ្គុទ្ទេសក៍នេះជៀសវាងការស្តីបន្ទោស "
                        "និងការបំភ័យ។ សារសំខាន់របស់វាគឺ កុមារមានសុវត្ថិភាពជាង នៅពេលពួកគេដឹងថា "
                        "ពួកគេអាចមករកមនុស្សពេញវ័យដែលទុកចិត្តបាន ដោយមិនត្រូវទទួលការដាក់ទោស។</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ច្បាប់បោះពុម្ពកំពុងត្រូវបានចែកចាយ តាមរយៈសាលាដៃគូ កិច្ចប្រជុំសហគមន៍ និងអាជ្ញាធរមូលដ្ឋាន "
                        "ហើយកំណែឌីជីថលអាចទាញយកបាននៅលើទំព័រធនធានរបស់យើង។</p>"
                    ),
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "ព្រួយបារម្ភអំពីកុមារម្នាក់មែនទេ?",
                        "text": "សូមនិយាយជាមួយយើងគ្រប់ពេល ទាំងថ្ងៃទាំងយប់ – រាល់ការហៅទូរស័ព្ទត្រូវបានរក្សាការសម្ងាត់។",
                    },
                },
            ],
        },
    },
    {
        "category": "news-articles",
        "date": "2025-11-18",
        "slug": "community-forums-mark-world-day-for-prevention",
        "title": {
            "en": "Communities come together on the world day for preventing child sexual abuse",
            "km": "សហគមន៍រួមគ្នាប្រារព្ធទិវាពិភពលោក សម្រាប់ការបង្ការការរំលោភបំពានផ្លូវភេទលើកុមារ",
        },
        "summary": {
            "en": (
                "To mark 18 November, APLE teams held open forums with parents, young people, monks and local "
                "authorities on keeping children safe and supporting those who have been harmed."
            ),
            "km": (
                "ដើម្បីប្រារព្ធថ្ងៃទី១៨ ខែវិច្ឆិកា ក្រុមការងាររបស់ APLE បានរៀបចំវេទិកាចំហជាមួយឪពុកម្តាយ យុវជន "
                "ព្រះសង្ឃ និងអាជ្ញាធរមូលដ្ឋាន ស្តីពីការរក្សាសុវត្ថិភាពកុមារ និងការគាំទ្រអ្នកដែលបានរងគ្រោះ។"
            ),
        },
        "byline": None,
        "tags": ["campaigns", "prevention", "survivors"],
        "image_alt": {
            "en": "Abstract illustration of people sitting in a circle under a large tree",
            "km": "រូបគំនូរអរូបីនៃមនុស្សអង្គុយជារង្វង់ នៅក្រោមដើមឈើធំមួយ",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Every year on 18 November, the world marks a day dedicated to preventing the sexual "
                        "exploitation and abuse of children and violence against them, and to the healing of those "
                        "affected. This year APLE teams used the day to listen as much as to speak.</p><p>In the "
                        "villages and communes where we work, we held open forums in pagodas, schools and commune "
                        "halls. Parents, grandparents, young people, monks and local officials discussed what makes "
                        "children safe in their community, and what gets in the way.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "What we heard", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>Many families still feel shame about abuse, and that shame keeps children "
                        "silent.</li><li>Young people want more honest information about risks online.</li><li>Local "
                        "leaders asked for clearer steps on how to refer a case.</li></ul><p>Our teams will use these "
                        "ideas to shape next year's community sessions.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Healing starts when a child is believed. Our job as a community is to make sure that "
                            "happens."
                        ),
                        "attribution": "A commune council member",
                    },
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "Speak up for children",
                        "text": (
                            "If you are worried that a child is being harmed, you do not need proof to call us – just "
                            "tell us what you know."
                        ),
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ជារៀងរាល់ឆ្នាំ នៅថ្ងៃទី១៨ ខែវិច្ឆិកា ពិភពលោកប្រារព្ធទិវាមួយ "
                        "ដែលឧទ្ទិសដល់ការបង្ការការកេងប្រវ័ញ្ចផ្លូវភេទ ការរំលោភបំពាន និងអំពើហិង្សាលើកុមារ "
                        "ព្រមទាំងការព្យាបាលឱ្យជាសះស្បើយដល់អ្នកដែលរងផលប៉ះពាល់។ នៅឆ្នាំនេះ ក្រុមការងាររបស់ APLE "
                        "បានប្រើប្រាស់ទិវានេះដើម្បីស្តាប់ ក៏ដូចជាដើម្បីនិយាយ។</p><p>នៅតាមភូមិ និងឃុំដែលយើងធ្វើការ "
                        "យើងបានរៀបចំវេទិកាចំហនៅតាមវត្តអារាម សាលារៀន និងសាលាឃុំ។ ឪពុកម្តាយ ជីដូនជីតា យុវជន ព្រះសង្ឃ "
                        "និងមន្ត្រីមូលដ្ឋាន បានពិភាក្សាអំពីអ្វីដែលធ្វើឱ្យកុមារមានសុវត្ថិភាពនៅក្នុងសហគមន៍របស់ពួកគេ "
                        "និងអ្វីដែលជាឧបសគ្គ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "អ្វីដែលយើងបានឮ", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>គ្រួសារជាច្រើននៅតែមានអារម្មណ៍ខ្មាស់អៀនចំពោះការរំលោភបំពាន "
                        "ហើយភាពខ្មាស់អៀននោះធ្វើឱ្យកុមារនៅស្ងៀម។</li><li>យុវជនចង់បានព័ត៌មានស្មោះត្រង់បន្ថែមទៀត "
                        "អំពីហានិភ័យនៅលើអនឡាញ។</li><li>មេដឹកនាំមូលដ្ឋានបានស្នើសុំជំហានច្បាស់លាស់ជាងមុន "
                        "អំពីរបៀបបញ្ជូនករណី។</li></ul><p>ក្រុមការងាររបស់យើងនឹងប្រើប្រាស់គំនិតទាំងនេះ "
                        "ដើម្បីរៀបចំវគ្គសហគមន៍សម្រាប់ឆ្នាំក្រោយ។</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "ការជាសះស្បើយចាប់ផ្តើម នៅពេលដែលកុមារត្រូវបានគេជឿ។ ភារកិច្ចរបស់យើងក្នុងនាមជាសហគមន៍ "
                            "គឺធ្វើឱ្យប្រាកដថា រឿងនេះកើតឡើង។"
                        ),
                        "attribution": "សមាជិកក្រុមប្រឹក្សាឃុំម្នាក់",
                    },
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "ហ៊ាននិយាយដើម្បីកុមារ",
                        "text": (
                            "ប្រសិនបើអ្នកព្រួយបារម្ភថា កុមារម្នាក់កំពុងរងគ្រោះ អ្នកមិនចាំបាច់មានភស្តុតាងទេ "
                            "ដើម្បីហៅមកយើង – គ្រាន់តែប្រាប់យើងពីអ្វីដែលអ្នកដឹង។"
                        ),
                    },
                },
            ],
        },
    },
    {
        "category": "our-insights",
        "date": "2020-05-12",
        "slug": "why-online-safety-belongs-in-every-classroom",
        "title": {
            "en": "Why online safety belongs in every classroom",
            "km": "ហេតុអ្វីសុវត្ថិភាពតាមអនឡាញ គួរតែមាននៅក្នុងថ្នាក់រៀនគ្រប់ថ្នាក់",
        },
        "summary": {
            "en": (
                "With more children learning and socialising online, we argue that lessons on digital safety are now "
                "as basic as lessons on road safety."
            ),
            "km": (
                "ដោយសារកុមារកាន់តែច្រើនរៀនសូត្រ និងទាក់ទងមិត្តភក្តិតាមអនឡាញ យើងយល់ថា មេរៀនអំពីសុវត្ថិភាពឌីជីថល "
                "ឥឡូវនេះមានសារៈសំខាន់ជាមូលដ្ឋាន ដូចមេរៀនអំពីសុវត្ថិភាពចរាចរណ៍ដែរ។"
            ),
        },
        "byline": {"en": "APLE prevention team", "km": "ក្រុមការងារបង្ការរបស់ APLE"},
        "tags": ["online-safety", "schools", "prevention"],
        "image_alt": {
            "en": "Abstract illustration of a child's silhouette surrounded by chat bubbles and a protective circle",
            "km": "រូបគំនូរអរូបីនៃស្រមោលកុមារម្នាក់ ដែលហ៊ុំព័ទ្ធដោយពពុះសារជជែក និងរង្វង់ការពារ",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>When schools closed during the pandemic, many Cambodian children spent far more time on "
                        "phones than ever before. Lessons moved to messaging apps, and games and social media filled "
                        "the long days at home. For most children this was a lifeline. For some, it also opened the "
                        "door to strangers who wanted to harm them.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "We teach children to cross the road", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>No parent would send a young child onto a busy road without explaining how to stay safe. "
                        "The internet deserves the same care. Children need to learn, in simple words and at the "
                        "right age, that:</p><ul><li>people online are not always who they say they are;</li><li>no "
                        "one should ask them for private photos or ask them to keep secrets;</li><li>they can block, "
                        "report and tell a trusted adult at any time.</li></ul>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Schools are the right place", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Not every family has the time or knowledge to have these conversations at home. Schools "
                        "reach almost every child, and teachers are trusted. That is why APLE works with schools and "
                        "education authorities to bring short, practical online-safety sessions into regular lessons, "
                        "and why we will keep calling for them to become a normal part of learning.</p>"
                    ),
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "Does something online feel wrong?",
                        "text": (
                            "Children and adults can contact our hotline for advice or to report a concern, free of "
                            "charge and in confidence."
                        ),
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>នៅពេលសាលារៀនបិទទ្វារក្នុងអំឡុងពេលជំងឺរាតត្បាត កុមារកម្ពុជាជាច្រើន "
                        "បានចំណាយពេលលើទូរស័ព្ទច្រើនជាងពេលណាៗទាំងអស់។ ការសិក្សាបានផ្លាស់ទៅកម្មវិធីផ្ញើសារ ហើយហ្គេម "
                        "និងបណ្តាញសង្គមបានបំពេញថ្ងៃដ៏វែងនៅផ្ទះ។ សម្រាប់កុមារភាគច្រើន នេះគឺជាជំនួយដ៏សំខាន់។ "
                        "ប៉ុន្តែសម្រាប់កុមារមួយចំនួន វាក៏បានបើកទ្វារឱ្យជនចម្លែកដែលចង់ធ្វើបាបពួកគេផងដែរ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "យើងបង្រៀនកុមារពីរបៀបឆ្លងផ្លូវ", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>គ្មានឪពុកម្តាយណាម្នាក់ ឱ្យកូនតូចដើរលើផ្លូវដែលមានចរាចរណ៍មមាញឹក "
                        "ដោយមិនពន្យល់ពីរបៀបរក្សាសុវត្ថិភាពនោះទេ។ អ៊ីនធឺណិតក៏ត្រូវការការយកចិត្តទុកដាក់ដូចគ្នាដែរ។ "
                        "កុមារត្រូវរៀន ដោយប្រើពាក្យសាមញ្ញ និងតាមអាយុសមស្រប ថា៖</p><ul><li>មនុស្សនៅលើអនឡាញ "
                        "មិនតែងតែជាមនុស្សដូចអ្វីដែលពួកគេអះអាងនោះទេ។</li><li>គ្មាននរណាម្នាក់គួរសុំរូបថតឯកជនពីពួកគេ "
                        "ឬសុំឱ្យពួកគេលាក់រឿងសម្ងាត់ឡើយ។</li><li>ពួកគេអាចបិទមិនឱ្យគេទាក់ទង រាយការណ៍ "
                        "និងប្រាប់មនុស្សពេញវ័យដែលទុកចិត្តបាន គ្រប់ពេលវេលា។</li></ul>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "សាលារៀនគឺជាកន្លែងដ៏សមស្រប", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>មិនមែនគ្រប់គ្រួសារទាំងអស់សុទ្ធតែមានពេលវេលា ឬចំណេះដឹង "
                        "ដើម្បីធ្វើការសន្ទនាបែបនេះនៅផ្ទះនោះទេ។ សាលារៀនអាចទៅដល់កុមារស្ទើរតែទាំងអស់ "
                        "ហើយគ្រូបង្រៀនជាមនុស្សដែលគេទុកចិត្ត។ ហេតុនេះហើយ APLE ធ្វើការជាមួយសាលារៀន និងអាជ្ញាធរអប់រំ "
                        "ដើម្បីបញ្ចូលវគ្គសុវត្ថិភាពតាមអនឡាញខ្លីៗ និងជាក់ស្តែង ទៅក្នុងមេរៀនធម្មតា "
                        "ហើយយើងនឹងបន្តអំពាវនាវឱ្យវគ្គទាំងនេះ ក្លាយជាផ្នែកធម្មតានៃការសិក្សា។</p>"
                    ),
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "មានអ្វីមួយនៅលើអនឡាញ ដែលមើលទៅមិនប្រក្រតីមែនទេ?",
                        "text": (
                            "កុមារ និងមនុស្សពេញវ័យ អាចទាក់ទងខ្សែទូរស័ព្ទបន្ទាន់របស់យើង ដើម្បីសុំដំបូន្មាន "
                            "ឬរាយការណ៍ការព្រួយបារម្ភ ដោយឥតគិតថ្លៃ និងរក្សាការសម្ងាត់។"
                        ),
                    },
                },
            ],
        },
    },
    {
        "category": "our-insights",
        "date": "2022-03-29",
        "slug": "how-sextortion-works-and-how-to-respond",
        "title": {
            "en": "Sextortion: how it works and what to do if it happens to you",
            "km": "ការជំរិតផ្លូវភេទតាមអនឡាញ៖ វាកើតឡើងយ៉ាងដូចម្តេច និងអ្វីដែលត្រូវធ្វើ ប្រសិនបើវាកើតឡើងចំពោះអ្នក",
        },
        "summary": {
            "en": (
                "Sextortion is a form of blackmail that targets young people online. Understanding the pattern helps "
                "children and parents respond quickly and without shame."
            ),
            "km": (
                "ការជំរិតផ្លូវភេទតាមអនឡាញ គឺជាទម្រង់មួយនៃការគំរាមកំហែងដើម្បីទាមទារ ដែលផ្តោតលើយុវវ័យនៅលើអនឡាញ។ "
                "ការយល់ដឹងពីលំនាំរបស់វា ជួយឱ្យកុមារ និងឪពុកម្តាយឆ្លើយតបបានរហ័ស ដោយមិនចាំបាច់ខ្មាស់អៀន។"
            ),
        },
        "byline": {"en": "APLE hotline team", "km": "ក្រុមការងារខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE"},
        "tags": ["online-safety", "hotline"],
        "image_alt": {
            "en": "Abstract illustration of a padlock breaking a chain in front of a phone screen",
            "km": "រូបគំនូរអរូបីនៃសោមួយកំពុងផ្តាច់ច្រវាក់ នៅពីមុខអេក្រង់ទូរស័ព្ទ",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Sextortion happens when someone threatens to share sexual images of a person unless they "
                        "send more images, money or something else. Young people are often targeted through social "
                        "media, games or chat apps. The person behind the account may pretend to be a friendly "
                        "teenager or someone looking for a girlfriend or boyfriend.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "A common pattern", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ol><li>A new contact builds trust quickly with compliments and attention.</li><li>The "
                        "conversation moves to a private app and becomes sexual.</li><li>Once an image is shared, the "
                        "tone changes to threats and demands.</li><li>The pressure grows, often with a short deadline "
                        "to create panic.</li></ol>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "What to do", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>Do not pay or send more.</b> Giving in rarely ends the demands.</li><li><b>Keep "
                        "the evidence.</b> Take screenshots of the account and the messages, then stop "
                        "replying.</li><li><b>Report and block</b> the account on the platform.</li><li><b>Tell "
                        "someone you trust</b> and contact our hotline or the police.</li></ul><p>Most importantly, "
                        "it is not your fault. The person making threats is the one committing a crime. Parents who "
                        "learn that their child is being blackmailed should stay calm, offer comfort and focus on "
                        "getting help, not on blame.</p>"
                    ),
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "You are not alone",
                        "text": (
                            "If someone is threatening to share your images, contact us now – we will help you take "
                            "the next step."
                        ),
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ការជំរិតផ្លូវភេទតាមអនឡាញ កើតឡើងនៅពេលដែលនរណាម្នាក់ "
                        "គំរាមថានឹងចែកចាយរូបភាពផ្លូវភេទរបស់មនុស្សម្នាក់ លុះត្រាតែអ្នកនោះផ្ញើរូបភាពបន្ថែម លុយ "
                        "ឬអ្វីផ្សេងទៀត។ យុវវ័យច្រើនតែត្រូវបានគេកំណត់គោលដៅ តាមរយៈបណ្តាញសង្គម ហ្គេម ឬកម្មវិធីជជែក។ "
                        "អ្នកដែលនៅពីក្រោយគណនីនោះ អាចក្លែងខ្លួនជាក្មេងជំទង់ដែលរួសរាយរាក់ទាក់ "
                        "ឬជាមនុស្សដែលកំពុងស្វែងរកសង្សារ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "លំនាំទូទៅ", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ol><li>អ្នកទាក់ទងថ្មីម្នាក់ កសាងទំនុកចិត្តយ៉ាងរហ័ស តាមរយៈការសរសើរ "
                        "និងការយកចិត្តទុកដាក់។</li><li>ការសន្ទនាត្រូវបានផ្លាស់ទៅកម្មវិធីឯកជន "
                        "ហើយប្រែទៅជាការនិយាយអំពីផ្លូវភេទ។</li><li>នៅពេលរូបភាពមួយត្រូវបានផ្ញើទៅ "
                        "សម្លេងនៃការសន្ទនាប្រែប្រួលទៅជាការគំរាមកំហែង និងការទាមទារ។</li><li>សម្ពាធកាន់តែកើនឡើង "
                        "ជាញឹកញាប់ដោយកំណត់ពេលវេលាខ្លី ដើម្បីបង្កការភ័យស្លន់ស្លោ។</li></ol>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "អ្វីដែលត្រូវធ្វើ", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>កុំបង់លុយ ឬផ្ញើអ្វីបន្ថែម។</b> ការធ្វើតាមការទាមទារ "
                        "កម្រនឹងបញ្ចប់ការទាមទារណាស់។</li><li><b>រក្សាទុកភស្តុតាង។</b> ថតអេក្រង់គណនី និងសារទាំងនោះ "
                        "បន្ទាប់មកឈប់ឆ្លើយតប។</li><li><b>រាយការណ៍ "
                        "និងបិទ</b>គណនីនោះនៅលើវេទិកា។</li><li><b>ប្រាប់មនុស្សដែលអ្នកទុកចិត្ត</b> "
                        "ហើយទាក់ទងខ្សែទូរស័ព្ទបន្ទាន់របស់យើង ឬនគរបាល។</li></ul><p>សំខាន់បំផុត "
                        "វាមិនមែនជាកំហុសរបស់អ្នកទេ។ អ្នកដែលគំរាមកំហែង គឺជាអ្នកប្រព្រឹត្តបទល្មើស។ "
                        "ឪពុកម្តាយដែលដឹងថាកូនរបស់ខ្លួនកំពុងត្រូវគេគំរាមកំហែង គួររក្សាភាពស្ងប់ស្ងាត់ លួងលោមកូន "
                        "ហើយផ្តោតលើការស្វែងរកជំនួយ មិនមែនលើការស្តីបន្ទោសនោះទេ។</p>"
                    ),
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "អ្នកមិននៅម្នាក់ឯងទេ",
                        "text": ("ប្រសិនបើនរណាម្នាក់កំពុងគំរាមចែកចាយរូបភាពរបស់អ្នក សូមទាក់ទងយើងឥឡូវនេះ – យើងនឹងជួយអ្នកឈានទៅជំហានបន្ទាប់។"),
                    },
                },
            ],
        },
    },
    {
        "category": "our-insights",
        "date": "2023-07-11",
        "slug": "five-things-parents-can-do-this-school-holiday",
        "title": {
            "en": "Five things parents can do to keep children safe this school holiday",
            "km": "រឿងប្រាំយ៉ាងដែលឪពុកម្តាយអាចធ្វើ ដើម្បីរក្សាសុវត្ថិភាពកូនៗក្នុងអំឡុងពេលវិស្សមកាល",
        },
        "summary": {
            "en": (
                "Long holidays mean more free time, more screen time and sometimes less supervision. A few simple "
                "habits can make a real difference."
            ),
            "km": (
                "វិស្សមកាលដ៏វែងមានន័យថា មានពេលទំនេរច្រើន ពេលមើលអេក្រង់ច្រើន ហើយពេលខ្លះការមើលថែមានតិចជាងមុន។ "
                "ទម្លាប់សាមញ្ញៗមួយចំនួន អាចធ្វើឱ្យមានភាពខុសគ្នាពិតប្រាកដ។"
            ),
        },
        "byline": None,
        "tags": ["online-safety", "prevention"],
        "image_alt": {
            "en": "Abstract illustration of a parent and a child holding hands beneath a sun and a phone icon",
            "km": "រូបគំនូរអរូបីនៃឪពុកម្តាយ និងកូនកាន់ដៃគ្នា នៅក្រោមព្រះអាទិត្យ និងរូបតំណាងទូរស័ព្ទ",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>School holidays are a time for rest, family and play. They can also bring new risks: "
                        "children may spend hours online, stay with relatives or neighbours, or meet new people. Here "
                        "are five practical steps from our prevention team.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Five steps", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ol><li><b>Stay curious.</b> Ask your child what they enjoy online and who they talk to, and "
                        "listen without judging.</li><li><b>Agree on simple rules</b> together, such as keeping "
                        "phones out of bedrooms at night.</li><li><b>Know where your child is</b> and who is looking "
                        "after them, even when it is someone you know well.</li><li><b>Teach the difference between "
                        "good and bad secrets.</b> Happy surprises are fine; secrets that make a child feel scared or "
                        "uncomfortable are not.</li><li><b>Be the person they can tell.</b> Promise that they will "
                        "not be punished for telling you about something that worried them.</li></ol>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Most abuse is committed by someone the child already knows. That is a hard truth, but "
                        "facing it helps families notice warning signs early and act before harm is done.</p>"
                    ),
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "If something does not feel right",
                        "text": (
                            "Trust your instincts and call our hotline – we can talk your concern through with you."
                        ),
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>វិស្សមកាលសាលា គឺជាពេលវេលាសម្រាប់សម្រាក ជួបជុំគ្រួសារ និងលេងកម្សាន្ត។ "
                        "ប៉ុន្តែវាក៏អាចនាំមកនូវហានិភ័យថ្មីៗផងដែរ៖ កុមារអាចចំណាយពេលរាប់ម៉ោងនៅលើអនឡាញ "
                        "ស្នាក់នៅជាមួយសាច់ញាតិ ឬអ្នកជិតខាង ឬជួបមនុស្សថ្មីៗ។ ខាងក្រោមនេះជាជំហានជាក់ស្តែងចំនួនប្រាំ "
                        "ពីក្រុមការងារបង្ការរបស់យើង។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "ជំហានទាំងប្រាំ", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ol><li><b>ចេះចង់ដឹងជានិច្ច។</b> សួរកូនរបស់អ្នកថា តើពួកគេចូលចិត្តអ្វីនៅលើអនឡាញ "
                        "និងនិយាយជាមួយអ្នកណាខ្លះ "
                        "ហើយស្តាប់ដោយមិនវិនិច្ឆ័យ។</li><li><b>ព្រមព្រៀងគ្នាលើច្បាប់សាមញ្ញៗ</b> "
                        "ដូចជាមិនយកទូរស័ព្ទចូលក្នុងបន្ទប់គេងនៅពេលយប់។</li><li><b>ដឹងថាកូនរបស់អ្នកនៅឯណា</b> "
                        "និងអ្នកណាកំពុងមើលថែពួកគេ "
                        "ទោះបីជាមនុស្សនោះជាអ្នកដែលអ្នកស្គាល់ច្បាស់ក៏ដោយ។</li><li><b>បង្រៀនពីភាពខុសគ្នារវាងអាថ៌កំបាំង"
                        "ល្អ និងអាថ៌កំបាំងអាក្រក់។</b> ការលាក់ទុកដើម្បីធ្វើឱ្យគេភ្ញាក់ផ្អើលដោយរីករាយគឺមិនអីទេ "
                        "ប៉ុន្តែអាថ៌កំបាំងដែលធ្វើឱ្យកុមារភ័យខ្លាច ឬមិនស្រួលខ្លួន "
                        "គឺមិនត្រឹមត្រូវទេ។</li><li><b>ក្លាយជាមនុស្សដែលពួកគេអាចប្រាប់បាន។</b> "
                        "សន្យាថាពួកគេនឹងមិនត្រូវដាក់ទោសទេ "
                        "ដោយសារតែបានប្រាប់អ្នកអំពីរឿងដែលធ្វើឱ្យពួកគេព្រួយបារម្ភ។</li></ol>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ការរំលោភបំពានភាគច្រើន ត្រូវបានប្រព្រឹត្តដោយមនុស្សដែលកុមារស្គាល់រួចហើយ។ "
                        "នេះជាការពិតដ៏ជូរចត់ ប៉ុន្តែការទទួលស្គាល់វា ជួយឱ្យគ្រួសារកត់សម្គាល់សញ្ញាព្រមានបានឆាប់ "
                        "ហើយចាត់វិធានការមុនពេលគ្រោះថ្នាក់កើតឡើង។</p>"
                    ),
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "ប្រសិនបើមានអ្វីមួយមិនប្រក្រតី",
                        "text": (
                            "សូមជឿលើវិចារណញាណរបស់អ្នក ហើយហៅមកខ្សែទូរស័ព្ទបន្ទាន់របស់យើង – យើងអាចពិភាក្សាពីការព្រួយបារម្ភរបស់អ្នកជាមួយអ្នក។"
                        ),
                    },
                },
            ],
        },
    },
    {
        "category": "our-insights",
        "date": "2024-10-03",
        "slug": "why-forwarding-an-abuse-image-is-never-harmless",
        "title": {
            "en": "Why forwarding an abuse image is never harmless",
            "km": "ហេតុអ្វីការបញ្ជូនបន្តរូបភាពរំលោភបំពាន មិនដែលគ្មានគ្រោះថ្នាក់",
        },
        "summary": {
            "en": (
                "Abuse material passed around group chats is a growing problem. We explain what happens to a child "
                "each time an image spreads, and what a responsible response looks like."
            ),
            "km": (
                "ការចែកចាយរូបភាពរំលោភបំពានបន្តគ្នានៅក្នុងក្រុមជជែក គឺជាបញ្ហាដែលកំពុងកើនឡើង។ "
                "យើងពន្យល់ពីអ្វីដែលកើតឡើងចំពោះកុមារ រាល់ពេលដែលរូបភាពមួយត្រូវបានរីករាលដាល "
                "និងពីការឆ្លើយតបប្រកបដោយការទទួលខុសត្រូវ។"
            ),
        },
        "byline": {"en": "APLE hotline team", "km": "ក្រុមការងារខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE"},
        "tags": ["hotline", "online-safety"],
        "image_alt": {
            "en": "Abstract illustration of many small screens linked by lines, with one line cut",
            "km": "រូបគំនូរអរូបីនៃអេក្រង់តូចៗជាច្រើនភ្ជាប់គ្នាដោយខ្សែ ដែលខ្សែមួយត្រូវបានកាត់ផ្តាច់",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Our hotline regularly receives reports about sexual images of children circulating in "
                        "group chats on apps such as Telegram or Facebook Messenger. Often the people who forward "
                        "them are not abusers. They are curious or angry, or they want to “expose” what happened. Yet "
                        "the effect on the child is the same.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "The harm does not stop", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>A child whose abuse was recorded lives with the knowledge that strangers may be watching. "
                        "Survivors describe this as one of the hardest parts of recovery. Every new copy makes the "
                        "material harder to remove and increases the chance that the child will be recognised at "
                        "school or in their village.</p><p>Forwarding, storing or posting such material can also "
                        "expose the sender to criminal charges. Good intentions are not a defence.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "What our analysts do with a report", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>When someone reports a link or an account, our hotline analysts assess it, record the "
                        "details needed for an investigation and pass it on to the platform and to the police. You do "
                        "not need to send us the image itself – a description and the place where you saw it are "
                        "enough.</p>"
                    ),
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "Report it. Don't share it.",
                        "text": (
                            "Send us the link or the account name, not the image – and then delete it from your device."
                        ),
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ខ្សែទូរស័ព្ទបន្ទាន់របស់យើង ទទួលបានរបាយការណ៍ជាទៀងទាត់ អំពីរូបភាពផ្លូវភេទរបស់កុមារ "
                        "ដែលកំពុងចរាចរនៅក្នុងក្រុមជជែក លើកម្មវិធីដូចជា Telegram ឬ Facebook Messenger។ ជាញឹកញាប់ "
                        "អ្នកដែលបញ្ជូនបន្តរូបភាពទាំងនោះ មិនមែនជាជនល្មើសរំលោភបំពានទេ។ ពួកគេចង់ដឹងចង់ឃើញ ខឹងសម្បា ឬចង់ "
                        "«លាតត្រដាង» អ្វីដែលបានកើតឡើង។ ប៉ុន្តែ ផលប៉ះពាល់លើកុមារគឺនៅតែដដែល។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "គ្រោះថ្នាក់មិនចេះចប់", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>កុមារដែលការរំលោភបំពានលើខ្លួនត្រូវបានគេថតទុក រស់នៅជាមួយការដឹងថា ជនចម្លែកអាចកំពុងមើលវា។ "
                        "អ្នកដែលបានរួចផុតពីការរំលោភបំពាន រៀបរាប់ថា នេះគឺជាផ្នែកមួយដែលពិបាកបំផុតនៃការជាសះស្បើយ។ "
                        "ច្បាប់ចម្លងថ្មីនីមួយៗ ធ្វើឱ្យការលុបសម្ភារៈនោះកាន់តែពិបាក "
                        "ហើយបង្កើនឱកាសដែលកុមារនឹងត្រូវគេស្គាល់មុខនៅសាលារៀន ឬនៅក្នុងភូមិរបស់ពួកគេ។</p><p>ការបញ្ជូនបន្ត "
                        "ការរក្សាទុក ឬការបង្ហោះសម្ភារៈបែបនេះ "
                        "ក៏អាចធ្វើឱ្យអ្នកផ្ញើប្រឈមនឹងការចោទប្រកាន់ព្រហ្មទណ្ឌផងដែរ។ ចេតនាល្អ "
                        "មិនមែនជាហេតុផលដោះសារបានទេ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "អ្វីដែលអ្នកវិភាគរបស់យើងធ្វើជាមួយរបាយការណ៍", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>នៅពេលនរណាម្នាក់រាយការណ៍អំពីតំណភ្ជាប់ ឬគណនីមួយ អ្នកវិភាគនៃខ្សែទូរស័ព្ទបន្ទាន់របស់យើង "
                        "វាយតម្លៃវា កត់ត្រាព័ត៌មានលម្អិតដែលចាំបាច់សម្រាប់ការស៊ើបអង្កេត ហើយបញ្ជូនបន្តទៅវេទិកា "
                        "និងនគរបាល។ អ្នកមិនចាំបាច់ផ្ញើរូបភាពនោះមកយើងទេ – ការរៀបរាប់ និងទីកន្លែងដែលអ្នកបានឃើញវា "
                        "គឺគ្រប់គ្រាន់ហើយ។</p>"
                    ),
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "សូមរាយការណ៍ កុំចែករំលែក។",
                        "text": ("សូមផ្ញើតំណភ្ជាប់ ឬឈ្មោះគណនីមកយើង មិនមែនរូបភាពទេ – បន្ទាប់មក សូមលុបវាចេញពីឧបករណ៍របស់អ្នក។"),
                    },
                },
            ],
        },
    },
    {
        "category": "our-insights",
        "date": "2026-04-21",
        "slug": "child-friendly-justice-why-it-matters",
        "title": {
            "en": "Child-friendly justice: why the way we treat child witnesses matters",
            "km": "យុត្តិធម៌ស័ក្តិសមនឹងកុមារ៖ ហេតុអ្វីរបៀបដែលយើងប្រព្រឹត្តចំពោះសាក្សីកុមារ មានសារៈសំខាន់",
        },
        "summary": {
            "en": (
                "A court case can help a child recover or it can add to their trauma. Our legal team reflects on the "
                "changes that make justice safer for children."
            ),
            "km": (
                "សំណុំរឿងនៅតុលាការ អាចជួយកុមារឱ្យជាសះស្បើយ ឬអាចបន្ថែមការប៉ះទង្គិចផ្លូវចិត្តដល់ពួកគេ។ "
                "ក្រុមការងារផ្នែកច្បាប់របស់យើង ពិចារណាលើការផ្លាស់ប្តូរ "
                "ដែលធ្វើឱ្យយុត្តិធម៌មានសុវត្ថិភាពជាងមុនសម្រាប់កុមារ។"
            ),
        },
        "byline": {"en": "APLE legal team", "km": "ក្រុមការងារផ្នែកច្បាប់របស់ APLE"},
        "tags": ["justice", "law-reform", "survivors"],
        "image_alt": {
            "en": "Abstract illustration of balanced scales with a small hand resting on one side",
            "km": "រូបគំនូរអរូបីនៃជញ្ជីងដែលមានលំនឹង និងមានដៃតូចមួយដាក់នៅម្ខាង",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>For a child who has been abused, going to court can be frightening. They may have to "
                        "repeat their story many times, wait months for a hearing and sit in the same room as the "
                        "accused. Each of these moments can reopen old wounds. Justice that harms the child it is "
                        "meant to protect is not complete justice.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "What makes a difference", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>One interview, done well.</b> Recording a child's account once, by trained staff, "
                        "reduces repeated questioning.</li><li><b>Separate waiting areas and screens</b> so that "
                        "children do not have to face the accused.</li><li><b>Free legal representation</b> and a "
                        "support person at every stage.</li><li><b>Clear information</b> for children and families "
                        "about what will happen and when.</li></ul>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Law and practice", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Cambodia has taken important steps to protect children in the justice system, and many "
                        "judges, prosecutors and police officers are committed to child-friendly practice. The "
                        "challenge now is consistency: every child, in every province, should be treated with the "
                        "same care. APLE will continue to support legal reform, train justice officials and stand "
                        "beside children and their families in court.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "When a child leaves the courtroom feeling that they were heard, that is already part of "
                            "their healing."
                        ),
                        "attribution": "An APLE lawyer",
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>សម្រាប់កុមារដែលបានរងការរំលោភបំពាន ការទៅតុលាការអាចជារឿងគួរឱ្យភ័យខ្លាច។ "
                        "ពួកគេប្រហែលជាត្រូវរៀបរាប់រឿងរបស់ខ្លួនម្តងហើយម្តងទៀត រង់ចាំរាប់ខែសម្រាប់សវនាការ "
                        "ហើយអង្គុយក្នុងបន្ទប់តែមួយជាមួយជនជាប់ចោទ។ ពេលវេលានីមួយៗទាំងនេះ អាចធ្វើឱ្យរបួសចាស់ត្រឡប់មកវិញ។ "
                        "យុត្តិធម៌ដែលធ្វើបាបកុមារ ដែលខ្លួនត្រូវការពារ មិនមែនជាយុត្តិធម៌ពេញលេញនោះទេ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "អ្វីដែលធ្វើឱ្យមានភាពខុសគ្នា", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>ការសម្ភាសតែម្តង ដោយធ្វើបានល្អ។</b> ការថតទុកការរៀបរាប់របស់កុមារតែម្តង "
                        "ដោយបុគ្គលិកដែលបានទទួលការបណ្តុះបណ្តាល កាត់បន្ថយការសួរដដែលៗ។</li><li><b>កន្លែងរង់ចាំដាច់ដោយឡែក "
                        "និងរនាំងបាំង</b> "
                        "ដើម្បីកុំឱ្យកុមារត្រូវប្រឈមមុខនឹងជនជាប់ចោទ។</li><li><b>ការតំណាងផ្នែកច្បាប់ដោយឥតគិតថ្លៃ</b> "
                        "និងមានអ្នកគាំទ្រម្នាក់នៅគ្រប់ដំណាក់កាល។</li><li><b>ព័ត៌មានច្បាស់លាស់</b> សម្រាប់កុមារ "
                        "និងគ្រួសារ អំពីអ្វីដែលនឹងកើតឡើង និងនៅពេលណា។</li></ul>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "ច្បាប់ និងការអនុវត្ត", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ប្រទេសកម្ពុជាបានបោះជំហានសំខាន់ៗ ដើម្បីការពារកុមារនៅក្នុងប្រព័ន្ធយុត្តិធម៌ ហើយចៅក្រម "
                        "ព្រះរាជអាជ្ញា និងមន្ត្រីនគរបាលជាច្រើន ប្តេជ្ញាអនុវត្តវិធីសាស្ត្រដែលស័ក្តិសមនឹងកុមារ។ "
                        "បញ្ហាប្រឈមនាពេលនេះ គឺភាពស៊ីសង្វាក់គ្នា៖ កុមារគ្រប់រូប នៅគ្រប់ខេត្ត "
                        "គួរតែទទួលបានការយកចិត្តទុកដាក់ដូចគ្នា។ APLE នឹងបន្តគាំទ្រកំណែទម្រង់ច្បាប់ "
                        "បណ្តុះបណ្តាលមន្ត្រីយុត្តិធម៌ និងឈរក្បែរកុមារ និងគ្រួសាររបស់ពួកគេនៅតុលាការ។</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "នៅពេលដែលកុមារម្នាក់ចាកចេញពីបន្ទប់សវនាការ ដោយមានអារម្មណ៍ថាពួកគេត្រូវបានគេស្តាប់ "
                            "នោះគឺជាផ្នែកមួយនៃការជាសះស្បើយរបស់ពួកគេរួចទៅហើយ។"
                        ),
                        "attribution": "មេធាវីម្នាក់របស់ APLE",
                    },
                },
            ],
        },
    },
    {
        "category": "in-the-spotlight",
        "date": "2019-09-25",
        "slug": "inside-our-early-prevention-programme",
        "title": {
            "en": "Stopping abuse before it starts: inside our early prevention programme",
            "km": "បញ្ឈប់ការរំលោភបំពានមុនពេលវាកើតឡើង៖ ស្វែងយល់ពីកម្មវិធីបង្ការដំបូងរបស់យើង",
        },
        "summary": {
            "en": (
                "Our early prevention work brings simple, age-appropriate safety messages to children, parents and "
                "communities, long before any harm is done."
            ),
            "km": (
                "ការងារបង្ការដំបូងរបស់យើង នាំយកសារសុវត្ថិភាពសាមញ្ញៗ និងសមស្របតាមអាយុ ទៅដល់កុមារ ឪពុកម្តាយ និងសហគមន៍ "
                "មុនពេលគ្រោះថ្នាក់ណាមួយកើតឡើង។"
            ),
        },
        "byline": {"en": "APLE communications team", "km": "ក្រុមការងារទំនាក់ទំនងរបស់ APLE"},
        "tags": ["prevention", "schools"],
        "image_alt": {
            "en": "Abstract illustration of seedlings growing inside a protective circle",
            "km": "រូបគំនូរអរូបីនៃកូនរុក្ខជាតិដុះលូតលាស់ នៅក្នុងរង្វង់ការពារ",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Responding to abuse after it happens will always be part of our work. But the best "
                        "outcome for any child is that abuse never happens at all. That is the idea behind our early "
                        "prevention programme, which works with children, parents, teachers and local leaders in the "
                        "communities we serve.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "How it works", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>Children</b> learn through games, stories and drawing that their body belongs to "
                        "them and that they can say no and tell someone.</li><li><b>Parents and carers</b> join small "
                        "group sessions on warning signs, safe supervision and positive "
                        "discipline.</li><li><b>Teachers and village leaders</b> learn how to respond when a child "
                        "discloses abuse and where to refer a case.</li></ul>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "The children remember the songs long after the session ends. Months later, they still "
                            "sing about saying no and telling a grown-up."
                        ),
                        "attribution": "A member of our prevention team",
                    },
                },
                {
                    "type": "statistics",
                    "value": {
                        "title": "The programme at a glance (demo figures)",
                        "items": [
                            {"value": "3", "label": "groups we work with: children, families and community leaders"},
                            {"value": "1–2 hours", "label": "typical length of a community session"},
                            {"value": "Free", "label": "all sessions and materials"},
                        ],
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ការឆ្លើយតបចំពោះការរំលោភបំពាន បន្ទាប់ពីវាបានកើតឡើង នឹងតែងតែជាផ្នែកមួយនៃការងាររបស់យើង។ "
                        "ប៉ុន្តែលទ្ធផលល្អបំផុតសម្រាប់កុមារណាម្នាក់ គឺការរំលោភបំពានមិនដែលកើតឡើងទាល់តែសោះ។ "
                        "នោះហើយជាគំនិតនៅពីក្រោយកម្មវិធីបង្ការដំបូងរបស់យើង ដែលធ្វើការជាមួយកុមារ ឪពុកម្តាយ គ្រូបង្រៀន "
                        "និងមេដឹកនាំមូលដ្ឋាន នៅក្នុងសហគមន៍ដែលយើងបម្រើ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "របៀបដែលកម្មវិធីដំណើរការ", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>កុមារ</b>រៀនតាមរយៈល្បែង រឿងនិទាន និងការគូររូប "
                        "ថារាងកាយរបស់ពួកគេជាកម្មសិទ្ធិរបស់ពួកគេ ហើយពួកគេអាចនិយាយថា «ទេ» "
                        "និងប្រាប់នរណាម្នាក់បាន។</li><li><b>ឪពុកម្តាយ និងអ្នកថែទាំ</b> ចូលរួមវគ្គជាក្រុមតូចៗ "
                        "អំពីសញ្ញាព្រមាន ការមើលថែប្រកបដោយសុវត្ថិភាព និងការអប់រំវិន័យជាវិជ្ជមាន។</li><li><b>គ្រូបង្រៀន "
                        "និងមេភូមិ</b> រៀនពីរបៀបឆ្លើយតប នៅពេលកុមារប្រាប់អំពីការរំលោភបំពាន "
                        "និងកន្លែងដែលត្រូវបញ្ជូនករណី។</li></ul>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "កុមារចងចាំបទចម្រៀងទាំងនោះ យូរបន្ទាប់ពីវគ្គបានបញ្ចប់។ ច្រើនខែក្រោយមក "
                            "ពួកគេនៅតែច្រៀងអំពីការនិយាយថា «ទេ» និងការប្រាប់មនុស្សធំ។"
                        ),
                        "attribution": "សមាជិកម្នាក់នៃក្រុមការងារបង្ការរបស់យើង",
                    },
                },
                {
                    "type": "statistics",
                    "value": {
                        "title": "ទិដ្ឋភាពទូទៅនៃកម្មវិធី (តួលេខគំរូ)",
                        "items": [
                            {"value": "៣", "label": "ក្រុមដែលយើងធ្វើការជាមួយ៖ កុមារ គ្រួសារ និងមេដឹកនាំសហគមន៍"},
                            {"value": "១–២ ម៉ោង", "label": "រយៈពេលធម្មតានៃវគ្គសហគមន៍មួយ"},
                            {"value": "ឥតគិតថ្លៃ", "label": "វគ្គ និងសម្ភារៈទាំងអស់"},
                        ],
                    },
                },
            ],
        },
    },
    {
        "category": "in-the-spotlight",
        "date": "2020-01-28",
        "slug": "child-safe-tourism-partners-on-the-front-line",
        "title": {
            "en": "Child-safe tourism: hotel and guesthouse staff on the front line",
            "km": "ទេសចរណ៍សុវត្ថិភាពសម្រាប់កុមារ៖ បុគ្គលិកសណ្ឋាគារ និងផ្ទះសំណាក់នៅជួរមុខ",
        },
        "summary": {
            "en": (
                "Receptionists, drivers and guides are often best placed to notice when a child is at risk. We look "
                "at how our tourism partners help keep children safe."
            ),
            "km": (
                "អ្នកទទួលភ្ញៀវ អ្នកបើកបរ និងមគ្គុទ្ទេសក៍ទេសចរណ៍ ច្រើនតែស្ថិតក្នុងទីតាំងល្អបំផុត "
                "ដើម្បីកត់សម្គាល់នៅពេលកុមារម្នាក់ប្រឈមនឹងគ្រោះថ្នាក់។ យើងពិនិត្យមើលពីរបៀបដែលដៃគូវិស័យទេសចរណ៍របស់យើង "
                "ជួយរក្សាសុវត្ថិភាពកុមារ។"
            ),
        },
        "byline": {"en": "APLE communications team", "km": "ក្រុមការងារទំនាក់ទំនងរបស់ APLE"},
        "tags": ["tourism", "partnerships", "prevention"],
        "image_alt": {
            "en": "Abstract illustration of a hotel key and a small shield on a reception desk",
            "km": "រូបគំនូរអរូបីនៃកូនសោសណ្ឋាគារ និងខែលតូចមួយ នៅលើតុទទួលភ្ញៀវ",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Cambodia welcomes visitors from around the world, and the vast majority come to enjoy its "
                        "culture and landscapes. A small number, however, try to use travel to gain access to "
                        "children. People working in tourism see things that others do not: who checks in, who visits "
                        "a room, who is seen with a child who is not their own.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Training that fits a busy job", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>APLE runs short, practical sessions for hotel and guesthouse staff, tuk-tuk and taxi "
                        "drivers and tour guides. Participants learn to recognise warning signs, to respond safely "
                        "without confronting anyone, and to report concerns to our hotline or the police. Partner "
                        "businesses are encouraged to adopt a simple child-protection policy, such as not allowing "
                        "unregistered visitors under 18 into guest rooms.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "We are not the police, but we are the eyes of the street. If we see something wrong, we "
                            "know who to call."
                        ),
                        "attribution": "A tuk-tuk driver who joined a training",
                    },
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "Seen something suspicious?",
                        "text": (
                            "Do not intervene yourself – note what you saw and call us or the police straight away."
                        ),
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ប្រទេសកម្ពុជាស្វាគមន៍ភ្ញៀវទេសចរមកពីជុំវិញពិភពលោក "
                        "ហើយភាគច្រើនលើសលុបមកដើម្បីរីករាយជាមួយវប្បធម៌ និងទេសភាពរបស់ប្រទេស។ ទោះជាយ៉ាងណា "
                        "មនុស្សមួយចំនួនតូចព្យាយាមប្រើការធ្វើដំណើរ ដើម្បីចូលទៅជិតកុមារ។ "
                        "អ្នកដែលធ្វើការក្នុងវិស័យទេសចរណ៍ ឃើញរឿងដែលអ្នកដទៃមិនឃើញ៖ អ្នកណាចុះឈ្មោះស្នាក់នៅ "
                        "អ្នកណាមកលេងបន្ទប់ អ្នកណាត្រូវបានគេឃើញនៅជាមួយកុមារដែលមិនមែនជាកូនរបស់ខ្លួន។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "ការបណ្តុះបណ្តាលដែលសមស្របនឹងការងារមមាញឹក", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>APLE រៀបចំវគ្គខ្លីៗ និងជាក់ស្តែង សម្រាប់បុគ្គលិកសណ្ឋាគារ និងផ្ទះសំណាក់ អ្នកបើករ៉ឺម៉ក "
                        "និងតាក់ស៊ី ព្រមទាំងមគ្គុទ្ទេសក៍ទេសចរណ៍។ អ្នកចូលរួមរៀនស្គាល់សញ្ញាព្រមាន ឆ្លើយតបដោយសុវត្ថិភាព "
                        "ដោយមិនប្រឈមមុខដាក់នរណាម្នាក់ និងរាយការណ៍ការព្រួយបារម្ភទៅខ្សែទូរស័ព្ទបន្ទាន់របស់យើង ឬនគរបាល។ "
                        "អាជីវកម្មដៃគូត្រូវបានលើកទឹកចិត្តឱ្យអនុវត្តគោលនយោបាយការពារកុមារសាមញ្ញមួយ "
                        "ដូចជាមិនអនុញ្ញាតឱ្យភ្ញៀវអាយុក្រោម ១៨ឆ្នាំ ដែលមិនបានចុះឈ្មោះ ចូលបន្ទប់ស្នាក់នៅ។</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "យើងមិនមែនជានគរបាលទេ ប៉ុន្តែយើងជាភ្នែករបស់ផ្លូវ។ ប្រសិនបើយើងឃើញអ្វីមួយមិនប្រក្រតី យើងដឹងថាត្រូវហៅទៅអ្នកណា។"
                        ),
                        "attribution": "អ្នកបើករ៉ឺម៉កម្នាក់ដែលបានចូលរួមវគ្គបណ្តុះបណ្តាល",
                    },
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "ឃើញអ្វីមួយគួរឱ្យសង្ស័យមែនទេ?",
                        "text": "កុំអន្តរាគមន៍ដោយខ្លួនឯង – សូមកត់ចំណាំអ្វីដែលអ្នកបានឃើញ ហើយហៅមកយើង ឬនគរបាលភ្លាមៗ។",
                    },
                },
            ],
        },
    },
    {
        "category": "in-the-spotlight",
        "date": "2021-11-30",
        "slug": "a-day-with-a-hotline-analyst",
        "title": {"en": "A day with a hotline analyst", "km": "មួយថ្ងៃជាមួយអ្នកវិភាគនៃខ្សែទូរស័ព្ទបន្ទាន់"},
        "summary": {
            "en": (
                "One of our hotline analysts, who asked not to be named, describes the careful work of assessing "
                "online reports and the support that keeps the team going."
            ),
            "km": (
                "អ្នកវិភាគម្នាក់នៃខ្សែទូរស័ព្ទបន្ទាន់របស់យើង ដែលបានស្នើសុំមិនឱ្យបញ្ចេញឈ្មោះ "
                "រៀបរាប់អំពីការងារដ៏ប្រុងប្រយ័ត្ននៃការវាយតម្លៃរបាយការណ៍តាមអនឡាញ "
                "និងការគាំទ្រដែលជួយឱ្យក្រុមការងារអាចបន្តការងារបាន។"
            ),
        },
        "byline": None,
        "tags": ["hotline", "online-safety"],
        "image_alt": {
            "en": "Abstract illustration of a headset and a laptop with a shield on the screen",
            "km": "រូបគំនូរអរូបីនៃកាសស្តាប់ និងកុំព្យូទ័រយួរដៃ ដែលមានរូបខែលនៅលើអេក្រង់",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Our online reporting service receives messages about websites, social media accounts and "
                        "group chats that may contain child sexual abuse material. Behind each report is a trained "
                        "analyst whose job is to check it carefully and make sure it reaches the people who can act. "
                        "We spoke to one of them. At their request, we are not using their name.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Checking, recording, referring", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>An analyst's day involves confirming whether reported content is illegal, noting where it "
                        "is hosted and passing the information to the platform and the police – and, when content is "
                        "hosted abroad, to partner hotlines in other countries. Analysts never download or share "
                        "material, and they follow strict rules on what they view and for how long.</p><p>The work is "
                        "demanding, so the team has regular breaks, peer support and access to professional "
                        "counselling. Looking after the people who do this work is part of protecting children "
                        "too.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Every report is a chance to stop an image from spreading and, sometimes, to help find a "
                            "child who is still at risk. I try to remember that, even on difficult days."
                        ),
                        "attribution": "A hotline analyst at APLE",
                    },
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "Report it. Don't share it.",
                        "text": (
                            "Use our online reporting service to tell us about a link or an account – you can stay "
                            "anonymous."
                        ),
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>សេវារាយការណ៍តាមអនឡាញរបស់យើង ទទួលបានសារអំពីគេហទំព័រ គណនីបណ្តាញសង្គម និងក្រុមជជែក "
                        "ដែលអាចមានរូបភាព ឬវីដេអូរំលោភបំពានផ្លូវភេទលើកុមារ។ នៅពីក្រោយរបាយការណ៍នីមួយៗ "
                        "មានអ្នកវិភាគដែលបានទទួលការបណ្តុះបណ្តាល ដែលមានភារកិច្ចពិនិត្យវាដោយប្រុងប្រយ័ត្ន "
                        "ហើយធ្វើឱ្យប្រាកដថា វាទៅដល់អ្នកដែលអាចចាត់វិធានការបាន។ យើងបាននិយាយជាមួយអ្នកវិភាគម្នាក់។ "
                        "តាមការស្នើសុំរបស់គាត់ យើងមិនបញ្ចេញឈ្មោះគាត់ទេ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "ការពិនិត្យ ការកត់ត្រា និងការបញ្ជូន", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>មួយថ្ងៃរបស់អ្នកវិភាគ រួមមានការបញ្ជាក់ថា តើខ្លឹមសារដែលត្រូវបានរាយការណ៍ខុសច្បាប់ឬអត់ "
                        "ការកត់ត្រាទីតាំងដែលវាត្រូវបានបង្ហោះ និងការបញ្ជូនព័ត៌មានទៅវេទិកា និងនគរបាល "
                        "ហើយនៅពេលដែលខ្លឹមសារត្រូវបានបង្ហោះនៅបរទេស "
                        "ក៏បញ្ជូនទៅខ្សែទូរស័ព្ទបន្ទាន់ដៃគូនៅប្រទេសផ្សេងទៀតដែរ។ អ្នកវិភាគមិនដែលទាញយក "
                        "ឬចែករំលែកសម្ភារៈទាំងនោះឡើយ ហើយពួកគេអនុវត្តតាមច្បាប់តឹងរ៉ឹង អំពីអ្វីដែលពួកគេមើល "
                        "និងរយៈពេលមើលប៉ុន្មាន។</p><p>ការងារនេះទាមទារកម្លាំងកាយចិត្តច្រើន "
                        "ដូច្នេះក្រុមការងារមានពេលសម្រាកជាប្រចាំ ការគាំទ្រពីមិត្តរួមការងារ "
                        "និងអាចទទួលបានការប្រឹក្សាផ្លូវចិត្តពីអ្នកជំនាញ។ ការថែរក្សាមនុស្សដែលធ្វើការងារនេះ "
                        "ក៏ជាផ្នែកមួយនៃការការពារកុមារផងដែរ។</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "របាយការណ៍នីមួយៗ គឺជាឱកាសមួយដើម្បីបញ្ឈប់រូបភាពមិនឱ្យរីករាលដាល ហើយពេលខ្លះ "
                            "ដើម្បីជួយស្វែងរកកុមារដែលនៅតែប្រឈមនឹងគ្រោះថ្នាក់។ ខ្ញុំព្យាយាមចងចាំរឿងនេះ "
                            "សូម្បីតែនៅថ្ងៃដែលលំបាក។"
                        ),
                        "attribution": "អ្នកវិភាគម្នាក់នៃខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE",
                    },
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "សូមរាយការណ៍ កុំចែករំលែក។",
                        "text": ("សូមប្រើសេវារាយការណ៍តាមអនឡាញរបស់យើង ដើម្បីប្រាប់យើងអំពីតំណភ្ជាប់ ឬគណនីមួយ – អ្នកអាចរក្សាអនាមិកភាពបាន។"),
                    },
                },
            ],
        },
    },
    {
        "category": "in-the-spotlight",
        "date": "2023-04-18",
        "slug": "a-partner-school-where-every-child-knows-who-to-tell",
        "title": {
            "en": "A partner school where every child knows who to tell",
            "km": "សាលាដៃគូមួយ ដែលកុមារគ្រប់រូបដឹងថាត្រូវប្រាប់អ្នកណា",
        },
        "summary": {
            "en": (
                "At one rural primary school that works with APLE, child protection has become part of everyday "
                "school life. The school is not named, to protect its pupils."
            ),
            "km": (
                "នៅសាលាបឋមសិក្សាជនបទមួយ ដែលធ្វើការជាមួយ APLE "
                "ការការពារកុមារបានក្លាយជាផ្នែកមួយនៃជីវិតប្រចាំថ្ងៃរបស់សាលា។ យើងមិនបញ្ចេញឈ្មោះសាលានេះទេ "
                "ដើម្បីការពារសិស្សានុសិស្ស។"
            ),
        },
        "byline": {"en": "APLE communications team", "km": "ក្រុមការងារទំនាក់ទំនងរបស់ APLE"},
        "tags": ["schools", "prevention", "partnerships"],
        "image_alt": {
            "en": "Abstract illustration of a small school building with a bright open door",
            "km": "រូបគំនូរអរូបីនៃអគារសាលាតូចមួយ ដែលមានទ្វារបើកចំហភ្លឺស្វាង",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>At first glance it looks like any other rural primary school: a few wooden and concrete "
                        "buildings, a dusty playground and a flag in the courtyard. But on a wall near the entrance "
                        "hangs a colourful poster that the pupils made themselves. It lists the names of the teachers "
                        "they can talk to if something is worrying them.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Small changes, big difference", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Since the school began working with APLE, teachers have received training in recognising "
                        "and responding to abuse, and a child protection focal person has been appointed. Body-safety "
                        "and online-safety lessons are now taught every semester. The school also holds regular "
                        "meetings with parents, where questions about phones and social media are among the most "
                        "popular topics.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Before, children kept quiet because they were afraid of getting into trouble. Now they "
                            "know that telling is the right thing to do."
                        ),
                        "attribution": "The school's director",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The school's teachers now share their experience with neighbouring schools, showing that "
                        "child protection does not need expensive equipment – only commitment and a willingness to "
                        "listen.</p>"
                    ),
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>នៅពេលមើលដំបូង វាមើលទៅដូចជាសាលាបឋមសិក្សានៅជនបទដទៃទៀតដែរ៖ មានអគារឈើ និងអគារបេតុងពីរបីខ្នង "
                        "ទីលានលេងហុយដី និងទង់ជាតិនៅកណ្តាលទីធ្លា។ ប៉ុន្តែនៅលើជញ្ជាំងក្បែរច្រកចូល "
                        "មានផ្ទាំងរូបភាពចម្រុះពណ៌មួយ ដែលសិស្សបានធ្វើដោយខ្លួនឯង។ វាមានរាយឈ្មោះគ្រូបង្រៀន "
                        "ដែលពួកគេអាចនិយាយជាមួយបាន ប្រសិនបើមានរឿងអ្វីធ្វើឱ្យពួកគេព្រួយបារម្ភ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "ការផ្លាស់ប្តូរតូចៗ ផលប៉ះពាល់ធំ", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ចាប់តាំងពីសាលាចាប់ផ្តើមធ្វើការជាមួយ APLE គ្រូបង្រៀនបានទទួលការបណ្តុះបណ្តាលអំពីការស្គាល់ "
                        "និងការឆ្លើយតបនឹងការរំលោភបំពាន ហើយអ្នកទទួលបន្ទុកការការពារកុមារម្នាក់ត្រូវបានតែងតាំង។ "
                        "មេរៀនអំពីសុវត្ថិភាពរាងកាយ និងសុវត្ថិភាពតាមអនឡាញ ឥឡូវនេះត្រូវបានបង្រៀនរៀងរាល់ឆមាស។ "
                        "សាលាក៏រៀបចំកិច្ចប្រជុំជាទៀងទាត់ជាមួយឪពុកម្តាយផងដែរ ដែលសំណួរអំពីទូរស័ព្ទ និងបណ្តាញសង្គម "
                        "ស្ថិតក្នុងចំណោមប្រធានបទដែលពេញនិយមបំផុត។</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": ("ពីមុន កុមារនៅស្ងៀម ព្រោះពួកគេខ្លាចជួបបញ្ហា។ ឥឡូវនេះ ពួកគេដឹងថា ការប្រាប់គឺជារឿងត្រឹមត្រូវដែលត្រូវធ្វើ។"),
                        "attribution": "នាយកសាលា",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ឥឡូវនេះ គ្រូបង្រៀននៃសាលានេះ ចែករំលែកបទពិសោធន៍របស់ពួកគេជាមួយសាលាជិតខាង ដោយបង្ហាញថា "
                        "ការការពារកុមារមិនត្រូវការឧបករណ៍ថ្លៃៗនោះទេ – គឺត្រូវការតែការប្តេជ្ញាចិត្ត "
                        "និងឆន្ទៈក្នុងការស្តាប់ប៉ុណ្ណោះ។</p>"
                    ),
                },
            ],
        },
    },
    {
        "category": "in-the-spotlight",
        "date": "2025-06-10",
        "slug": "a-youth-volunteer-who-talks-online-safety-with-her-peers",
        "title": {
            "en": "Young voices: a volunteer who talks online safety with her peers",
            "km": "សំឡេងយុវជន៖ អ្នកស្ម័គ្រចិត្តម្នាក់ ដែលនិយាយអំពីសុវត្ថិភាពតាមអនឡាញជាមួយមិត្តភក្តិរបស់នាង",
        },
        "summary": {
            "en": (
                "A university student who volunteers with APLE explains why young people often listen to each other "
                "more than to adults, and how she uses short videos to share safety tips."
            ),
            "km": (
                "និស្សិតសាកលវិទ្យាល័យម្នាក់ ដែលធ្វើការស្ម័គ្រចិត្តជាមួយ APLE ពន្យល់ថា "
                "ហេតុអ្វីយុវជនច្រើនតែស្តាប់គ្នាទៅវិញទៅមក ច្រើនជាងស្តាប់មនុស្សពេញវ័យ និងរបៀបដែលនាងប្រើវីដេអូខ្លីៗ "
                "ដើម្បីចែករំលែកគន្លឹះសុវត្ថិភាព។"
            ),
        },
        "byline": None,
        "tags": ["campaigns", "online-safety", "prevention"],
        "image_alt": {
            "en": (
                "Abstract illustration of a phone screen showing a play button surrounded by hearts and speech bubbles"
            ),
            "km": "រូបគំនូរអរូបីនៃអេក្រង់ទូរស័ព្ទ ដែលបង្ហាញប៊ូតុងចាក់ ហ៊ុំព័ទ្ធដោយរូបបេះដូង និងពពុះសម្តី",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>She is 20, studies in Phnom Penh and spends part of every weekend volunteering with APLE. "
                        "She asked us not to publish her name. Her mission is simple: to make online safety something "
                        "young people actually want to talk about.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Speaking their language", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Together with other volunteers, she helps write and film short videos in Khmer for TikTok "
                        "and Facebook. They cover everyday situations: a stranger who asks for a photo, a friend who "
                        "shares a private picture without permission, a contact in a game who offers money. Each "
                        "video ends with a clear message about what to do and where to get help.</p><p>She also "
                        "visits high schools with APLE staff and leads discussions in small groups. Students often "
                        "ask her questions they would never ask a teacher.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "When a friend tells you something is not okay, you listen differently. I want young "
                            "people to know that asking for help is brave, not embarrassing."
                        ),
                        "attribution": "An APLE youth volunteer",
                    },
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "Need to talk?",
                        "text": (
                            "Young people can contact our hotline in confidence about anything that worries them, "
                            "online or offline."
                        ),
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>នាងមានអាយុ ២០ឆ្នាំ កំពុងសិក្សានៅរាជធានីភ្នំពេញ ហើយចំណាយពេលមួយផ្នែកនៃចុងសប្តាហ៍នីមួយៗ "
                        "ធ្វើការស្ម័គ្រចិត្តជាមួយ APLE។ នាងបានស្នើសុំយើងកុំឱ្យផ្សព្វផ្សាយឈ្មោះរបស់នាង។ "
                        "បេសកកម្មរបស់នាងគឺសាមញ្ញ៖ ធ្វើឱ្យសុវត្ថិភាពតាមអនឡាញ ក្លាយជាប្រធានបទដែលយុវជនពិតជាចង់និយាយ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "និយាយភាសាដូចពួកគេ", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>រួមជាមួយអ្នកស្ម័គ្រចិត្តផ្សេងទៀត នាងជួយសរសេរ និងថតវីដេអូខ្លីៗជាភាសាខ្មែរ សម្រាប់ TikTok "
                        "និង Facebook។ វីដេអូទាំងនោះនិយាយអំពីស្ថានភាពប្រចាំថ្ងៃ៖ ជនចម្លែកម្នាក់ដែលសុំរូបថត "
                        "មិត្តម្នាក់ដែលចែករំលែករូបភាពឯកជនដោយគ្មានការអនុញ្ញាត ឬអ្នកស្គាល់គ្នាក្នុងហ្គេមដែលផ្តល់លុយឱ្យ។ "
                        "វីដេអូនីមួយៗបញ្ចប់ដោយសារច្បាស់លាស់ អំពីអ្វីដែលត្រូវធ្វើ "
                        "និងកន្លែងដែលអាចរកជំនួយបាន។</p><p>នាងក៏ចុះទៅកាន់វិទ្យាល័យនានាជាមួយបុគ្គលិក APLE "
                        "ហើយដឹកនាំការពិភាក្សាជាក្រុមតូចៗ។ សិស្សច្រើនតែសួរនាងនូវសំណួរ "
                        "ដែលពួកគេមិនដែលហ៊ានសួរគ្រូបង្រៀន។</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "នៅពេលមិត្តភក្តិម្នាក់ប្រាប់អ្នកថា រឿងអ្វីមួយមិនត្រឹមត្រូវ អ្នកស្តាប់ខុសពីធម្មតា។ "
                            "ខ្ញុំចង់ឱ្យយុវជនដឹងថា ការសុំជំនួយគឺជាភាពក្លាហាន មិនមែនជារឿងគួរឱ្យខ្មាស់នោះទេ។"
                        ),
                        "attribution": "អ្នកស្ម័គ្រចិត្តយុវជនម្នាក់របស់ APLE",
                    },
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "ចង់និយាយជាមួយនរណាម្នាក់មែនទេ?",
                        "text": (
                            "យុវជនអាចទាក់ទងខ្សែទូរស័ព្ទបន្ទាន់របស់យើងដោយរក្សាការសម្ងាត់ "
                            "អំពីរឿងអ្វីក៏ដោយដែលធ្វើឱ្យពួកគេព្រួយបារម្ភ ទាំងនៅលើអនឡាញ និងក្រៅអនឡាញ។"
                        ),
                    },
                },
            ],
        },
    },
    {
        "category": "case-stories",
        "date": "2020-10-06",
        "slug": "a-neighbours-phone-call",
        "title": {
            "en": "A neighbour's phone call that changed a girl's life",
            "km": "ការហៅទូរស័ព្ទរបស់អ្នកជិតខាងម្នាក់ ដែលបានផ្លាស់ប្តូរជីវិតក្មេងស្រីម្នាក់",
        },
        "summary": {
            "en": (
                "When a neighbour grew worried about a young girl, she called our hotline. This composite story shows "
                "how one report can lead to protection, support and justice."
            ),
            "km": (
                "នៅពេលអ្នកជិតខាងម្នាក់មានការព្រួយបារម្ភអំពីក្មេងស្រីតូចម្នាក់ "
                "គាត់បានហៅទូរស័ព្ទមកខ្សែទូរស័ព្ទបន្ទាន់របស់យើង។ រឿងរ៉ាវដែលផ្សំឡើងពីករណីជាច្រើននេះ "
                "បង្ហាញពីរបៀបដែលរបាយការណ៍តែមួយ អាចនាំទៅរកការការពារ ការគាំទ្រ និងយុត្តិធម៌។"
            ),
        },
        "byline": None,
        "tags": ["hotline", "survivors", "justice"],
        "image_alt": {
            "en": "Abstract illustration of a telephone handset linked by a dotted line to a small house",
            "km": "រូបគំនូរអរូបីនៃដងទូរស័ព្ទ ដែលភ្ជាប់ដោយបន្ទាត់ចំណុចទៅផ្ទះតូចមួយ",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><i>This is a composite story based on several cases. Names and details have been changed "
                        "to protect the children and families involved.</i></p><p>Mrs. Sophea sells vegetables at the "
                        "market near her home. For weeks she noticed that the girl next door, whom we will call Lina, "
                        "seemed frightened and no longer played outside. Lina was often left with an adult relative, "
                        "and Mrs. Sophea heard things that troubled her. She did not know for certain what was "
                        "happening, but she could not ignore the feeling that something was wrong.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "From a phone call to protection", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>One evening she called APLE's hotline. The operator listened, asked a few simple "
                        "questions and explained that she did not need proof. Our team worked with the local police "
                        "and social workers to check on Lina quietly and safely. Within days, Lina was staying in a "
                        "safe place with a trusted family member, and she received medical care and "
                        "counselling.</p><p>APLE's lawyer accompanied Lina and her mother through the police "
                        "interview and every court hearing. The case took time, but the court convicted the offender, "
                        "and Lina never had to face him in the courtroom.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "I almost did nothing because I was afraid of being wrong. Now I tell everyone: it is "
                            "better to call."
                        ),
                        "attribution": "Mrs. Sophea (name changed)",
                    },
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "You don't need proof to call",
                        "text": (
                            "If you are worried about a child, tell us what you know – we will take it from there."
                        ),
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><i>នេះជារឿងរ៉ាវដែលផ្សំឡើងពីករណីជាច្រើន។ ឈ្មោះ និងព័ត៌មានលម្អិតត្រូវបានផ្លាស់ប្តូរ "
                        "ដើម្បីការពារកុមារ និងគ្រួសារដែលពាក់ព័ន្ធ។</i></p><p>អ្នកស្រី សុភា លក់បន្លែនៅផ្សារក្បែរផ្ទះ។ "
                        "អស់រយៈពេលជាច្រើនសប្តាហ៍ គាត់បានកត់សម្គាល់ឃើញថា ក្មេងស្រីនៅផ្ទះជាប់គ្នា ដែលយើងនឹងហៅថា លីណា "
                        "មើលទៅភ័យខ្លាច ហើយលែងចេញមកលេងខាងក្រៅ។ លីណាច្រើនតែត្រូវគេទុកឱ្យនៅជាមួយសាច់ញាតិពេញវ័យម្នាក់ "
                        "ហើយអ្នកស្រី សុភា បានឮរឿងមួយចំនួនដែលធ្វើឱ្យគាត់ព្រួយចិត្ត។ "
                        "គាត់មិនដឹងច្បាស់ថាមានអ្វីកំពុងកើតឡើងនោះទេ ប៉ុន្តែគាត់មិនអាចព្រងើយកន្តើយ "
                        "នឹងអារម្មណ៍ថាមានរឿងមិនប្រក្រតីនោះបានឡើយ។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "ពីការហៅទូរស័ព្ទមួយ ទៅកាន់ការការពារ", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>នៅល្ងាចមួយ គាត់បានហៅទូរស័ព្ទមកខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE។ បុគ្គលិកទទួលទូរស័ព្ទបានស្តាប់ "
                        "សួរសំណួរសាមញ្ញៗមួយចំនួន ហើយពន្យល់ថា គាត់មិនចាំបាច់មានភស្តុតាងនោះទេ។ "
                        "ក្រុមការងាររបស់យើងបានសហការជាមួយនគរបាលមូលដ្ឋាន និងបុគ្គលិកសង្គមកិច្ច "
                        "ដើម្បីពិនិត្យមើលស្ថានភាពរបស់លីណាដោយស្ងាត់ៗ និងដោយសុវត្ថិភាព។ ក្នុងរយៈពេលប៉ុន្មានថ្ងៃ "
                        "លីណាបានទៅស្នាក់នៅកន្លែងដែលមានសុវត្ថិភាព ជាមួយសមាជិកគ្រួសារដែលទុកចិត្តបាន "
                        "ហើយនាងបានទទួលការថែទាំសុខភាព និងការប្រឹក្សាផ្លូវចិត្ត។</p><p>មេធាវីរបស់ APLE បានអមដំណើរលីណា "
                        "និងម្តាយរបស់នាង ពេញមួយការសាកសួររបស់នគរបាល និងរាល់សវនាការនៅតុលាការ។ សំណុំរឿងនេះចំណាយពេលយូរ "
                        "ប៉ុន្តែតុលាការបានផ្តន្ទាទោសជនល្មើស ហើយលីណាមិនដែលត្រូវប្រឈមមុខនឹងជនល្មើសនោះ "
                        "នៅក្នុងបន្ទប់សវនាការឡើយ។</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": ("ខ្ញុំស្ទើរតែមិនបានធ្វើអ្វីសោះ ព្រោះខ្ញុំខ្លាចយល់ខុស។ ឥឡូវនេះ ខ្ញុំប្រាប់មនុស្សគ្រប់គ្នាថា ហៅទូរស័ព្ទទៅប្រសើរជាង។"),
                        "attribution": "អ្នកស្រី សុភា (ឈ្មោះត្រូវបានផ្លាស់ប្តូរ)",
                    },
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "អ្នកមិនចាំបាច់មានភស្តុតាងទេ ដើម្បីហៅទូរស័ព្ទ",
                        "text": ("ប្រសិនបើអ្នកព្រួយបារម្ភអំពីកុមារម្នាក់ សូមប្រាប់យើងពីអ្វីដែលអ្នកដឹង – យើងនឹងបន្តដោះស្រាយពីទីនោះ។"),
                    },
                },
            ],
        },
    },
    {
        "category": "case-stories",
        "date": "2022-12-13",
        "slug": "a-teenagers-way-out-of-sextortion",
        "title": {
            "en": "“I thought my life was over”: a teenager's way out of sextortion",
            "km": "«ខ្ញុំគិតថាជីវិតខ្ញុំចប់ហើយ»៖ ផ្លូវចេញរបស់ក្មេងជំទង់ម្នាក់ ពីការជំរិតផ្លូវភេទតាមអនឡាញ",
        },
        "summary": {
            "en": (
                "A 15-year-old boy was blackmailed by someone he met in an online game. This composite story follows "
                "how he found the courage to ask for help."
            ),
            "km": (
                "ក្មេងប្រុសអាយុ ១៥ឆ្នាំម្នាក់ ត្រូវបានគេគំរាមកំហែងទាមទារ "
                "ដោយមនុស្សម្នាក់ដែលគេបានស្គាល់ក្នុងហ្គេមអនឡាញ។ រឿងរ៉ាវដែលផ្សំឡើងពីករណីជាច្រើននេះ "
                "រៀបរាប់ពីរបៀបដែលគេបានរកឃើញភាពក្លាហាន ដើម្បីសុំជំនួយ។"
            ),
        },
        "byline": {"en": "APLE hotline team", "km": "ក្រុមការងារខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE"},
        "tags": ["online-safety", "survivors", "hotline"],
        "image_alt": {
            "en": "Abstract illustration of a game controller and a speech bubble containing a lifebuoy",
            "km": "រូបគំនូរអរូបីនៃឧបករណ៍បញ្ជាហ្គេម និងពពុះសម្តីដែលមានកងជួយសង្គ្រោះ",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><i>This is a composite story drawn from several hotline cases. Names and details have "
                        "been changed.</i></p><p>Dara, 15, loved playing online games after school. A new player, who "
                        "said she was a girl of his age, began chatting with him every day. After a few weeks she "
                        "sent him a photo and asked for one in return. As soon as he sent it, the messages changed. "
                        "The account demanded money and threatened to send the picture to his classmates and "
                        "family.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Asking for help", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Dara paid a small amount, but the demands grew. Frightened and ashamed, he stopped eating "
                        "properly and avoided his friends. Finally he told an older cousin, who helped him call "
                        "APLE's hotline.</p><p>Our hotline counsellor reassured Dara that he had done nothing wrong "
                        "and explained the next steps: stop replying, do not pay again, keep screenshots and report "
                        "the account. With the family's agreement, the case was referred to the police, and our team "
                        "helped report the account to the platforms involved. The threats stopped, and Dara received "
                        "counselling to help him regain his confidence.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "I thought my life was over. Now I know it was not my fault, and I tell my friends to "
                            "speak up if it ever happens to them."
                        ),
                        "attribution": "Dara (name changed)",
                    },
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "Being threatened online?",
                        "text": "Stop replying, don't pay, keep the evidence and contact us – you are not in trouble.",
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><i>នេះជារឿងរ៉ាវដែលផ្សំឡើងពីករណីជាច្រើន ដែលខ្សែទូរស័ព្ទបន្ទាន់បានទទួល។ ឈ្មោះ "
                        "និងព័ត៌មានលម្អិតត្រូវបានផ្លាស់ប្តូរ។</i></p><p>ដារ៉ា អាយុ ១៥ឆ្នាំ "
                        "ចូលចិត្តលេងហ្គេមអនឡាញបន្ទាប់ពីចេញពីសាលា។ អ្នកលេងថ្មីម្នាក់ "
                        "ដែលអះអាងថាជាក្មេងស្រីអាយុប្រហាក់ប្រហែលគ្នា បានចាប់ផ្តើមជជែកជាមួយដារ៉ារៀងរាល់ថ្ងៃ។ "
                        "ប៉ុន្មានសប្តាហ៍ក្រោយមក អ្នកនោះបានផ្ញើរូបថតមួយមក ហើយសុំរូបថតមួយមកវិញ។ "
                        "ភ្លាមៗបន្ទាប់ពីដារ៉ាផ្ញើវាទៅ សារទាំងនោះក៏ប្រែប្រួល។ គណនីនោះបានទាមទារលុយ "
                        "ហើយគំរាមថានឹងផ្ញើរូបភាពនោះទៅមិត្តរួមថ្នាក់ និងក្រុមគ្រួសាររបស់ដារ៉ា។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "ការសុំជំនួយ", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ដារ៉ាបានបង់លុយមួយចំនួនតិចតួច ប៉ុន្តែការទាមទារកាន់តែកើនឡើង។ ដោយភ័យខ្លាច និងខ្មាស់អៀន "
                        "គេលែងញ៉ាំបាយបានធម្មតា ហើយជៀសវាងមិត្តភក្តិ។ ទីបំផុត ដារ៉ាបានប្រាប់បងជីដូនមួយម្នាក់ "
                        "ដែលបានជួយគេហៅទូរស័ព្ទមកខ្សែទូរស័ព្ទបន្ទាន់របស់ "
                        "APLE។</p><p>អ្នកប្រឹក្សានៃខ្សែទូរស័ព្ទបន្ទាន់របស់យើង បានធានាដល់ដារ៉ាថា "
                        "គេមិនបានធ្វើអ្វីខុសនោះទេ ហើយពន្យល់ពីជំហានបន្ទាប់៖ ឈប់ឆ្លើយតប កុំបង់លុយទៀត "
                        "រក្សាទុករូបថតអេក្រង់ និងរាយការណ៍គណនីនោះ។ ដោយមានការយល់ព្រមពីក្រុមគ្រួសារ "
                        "សំណុំរឿងនេះត្រូវបានបញ្ជូនទៅនគរបាល "
                        "ហើយក្រុមការងាររបស់យើងបានជួយរាយការណ៍គណនីនោះទៅវេទិកាដែលពាក់ព័ន្ធ។ ការគំរាមកំហែងបានបញ្ចប់ "
                        "ហើយដារ៉ាបានទទួលការប្រឹក្សាផ្លូវចិត្ត ដើម្បីជួយឱ្យគេមានទំនុកចិត្តលើខ្លួនឯងឡើងវិញ។</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "ខ្ញុំគិតថាជីវិតខ្ញុំចប់ហើយ។ ឥឡូវនេះ ខ្ញុំដឹងថាវាមិនមែនជាកំហុសរបស់ខ្ញុំទេ "
                            "ហើយខ្ញុំប្រាប់មិត្តភក្តិរបស់ខ្ញុំឱ្យហ៊ាននិយាយ ប្រសិនបើរឿងនេះកើតឡើងចំពោះពួកគេ។"
                        ),
                        "attribution": "ដារ៉ា (ឈ្មោះត្រូវបានផ្លាស់ប្តូរ)",
                    },
                },
                {
                    "type": "report_callout",
                    "value": {
                        "title": "កំពុងត្រូវគេគំរាមកំហែងតាមអនឡាញមែនទេ?",
                        "text": "ឈប់ឆ្លើយតប កុំបង់លុយ រក្សាទុកភស្តុតាង ហើយទាក់ទងមកយើង – អ្នកមិនមានកំហុសអ្វីទេ។",
                    },
                },
            ],
        },
    },
    {
        "category": "case-stories",
        "date": "2024-08-27",
        "slug": "the-long-road-to-court-walked-together",
        "title": {
            "en": "The long road to court, walked together",
            "km": "ផ្លូវដ៏វែងឆ្ពោះទៅតុលាការ ដែលយើងដើរជាមួយគ្នា",
        },
        "summary": {
            "en": (
                "A composite story of a family who stayed with a case for almost two years, and the support that "
                "helped a young survivor see it through."
            ),
            "km": (
                "រឿងរ៉ាវដែលផ្សំឡើងពីករណីជាច្រើន អំពីគ្រួសារមួយដែលបានតស៊ូជាមួយសំណុំរឿងមួយ អស់រយៈពេលជិតពីរឆ្នាំ "
                "និងការគាំទ្រដែលបានជួយឱ្យជនរងគ្រោះវ័យក្មេងម្នាក់ អាចឆ្លងកាត់វាបានរហូតដល់ទីបញ្ចប់។"
            ),
        },
        "byline": {"en": "APLE legal team", "km": "ក្រុមការងារផ្នែកច្បាប់របស់ APLE"},
        "tags": ["justice", "survivors"],
        "image_alt": {
            "en": "Abstract illustration of a winding path leading to a building with columns",
            "km": "រូបគំនូរអរូបីនៃផ្លូវកោងកាច់មួយ ដែលនាំទៅកាន់អគារមានសសរ",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><i>This is a composite story. Names and details have been changed to protect the people "
                        "involved.</i></p><p>When Srey Pov, 13, told her aunt that a man in her village had abused "
                        "her, the family reported it to the police. Then came the questions nobody had prepared them "
                        "for. How long would it take? Would Srey Pov have to speak in front of the man? Could they "
                        "afford a lawyer? Would the neighbours find out?</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Support at every step", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>APLE provided a lawyer free of charge and a social worker who visited the family "
                        "regularly. Before each hearing, the team explained to Srey Pov what would happen, showed her "
                        "the court building and made sure she could wait in a separate room. Transport costs were "
                        "covered so that the family did not have to choose between attending court and earning a "
                        "day's income.</p><p>There were delays, and there were moments when the family wanted to give "
                        "up. The social worker helped them keep going, and Srey Pov stayed in school throughout. In "
                        "the end, the court found the accused guilty and ordered him to pay compensation.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Without someone beside us, we would have stopped halfway. They never let us feel alone."
                        ),
                        "attribution": "Srey Pov's aunt (name withheld)",
                    },
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><i>នេះជារឿងរ៉ាវដែលផ្សំឡើងពីករណីជាច្រើន។ ឈ្មោះ និងព័ត៌មានលម្អិតត្រូវបានផ្លាស់ប្តូរ "
                        "ដើម្បីការពារអ្នកដែលពាក់ព័ន្ធ។</i></p><p>នៅពេលដែលស្រីពៅ អាយុ ១៣ឆ្នាំ បានប្រាប់មីងរបស់នាងថា "
                        "បុរសម្នាក់នៅក្នុងភូមិបានរំលោភបំពាននាង ក្រុមគ្រួសារបានរាយការណ៍រឿងនេះទៅនគរបាល។ បន្ទាប់មក "
                        "សំណួរជាច្រើនដែលគ្មាននរណាម្នាក់បានត្រៀមខ្លួនទុក ក៏លេចឡើង។ តើវានឹងចំណាយពេលយូរប៉ុណ្ណា? "
                        "តើស្រីពៅត្រូវនិយាយនៅមុខបុរសនោះឬទេ? តើពួកគេមានលទ្ធភាពជួលមេធាវីដែរឬទេ? "
                        "តើអ្នកជិតខាងនឹងដឹងឬទេ?</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "ការគាំទ្រនៅគ្រប់ជំហាន", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>APLE បានផ្តល់មេធាវីម្នាក់ដោយឥតគិតថ្លៃ និងបុគ្គលិកសង្គមកិច្ចម្នាក់ "
                        "ដែលបានមកសួរសុខទុក្ខក្រុមគ្រួសារជាប្រចាំ។ មុនសវនាការនីមួយៗ "
                        "ក្រុមការងារបានពន្យល់ស្រីពៅពីអ្វីដែលនឹងកើតឡើង នាំនាងទៅមើលអគារតុលាការ ហើយធ្វើឱ្យប្រាកដថា "
                        "នាងអាចរង់ចាំនៅក្នុងបន្ទប់ដាច់ដោយឡែក។ ថ្លៃធ្វើដំណើរត្រូវបានចេញឱ្យ "
                        "ដើម្បីកុំឱ្យក្រុមគ្រួសារត្រូវជ្រើសរើសរវាងការចូលរួមសវនាការ "
                        "និងការរកប្រាក់ចំណូលប្រចាំថ្ងៃ។</p><p>មានការពន្យារពេល "
                        "ហើយក៏មានពេលខ្លះដែលក្រុមគ្រួសារចង់បោះបង់។ បុគ្គលិកសង្គមកិច្ចបានជួយឱ្យពួកគេបន្តទៅមុខ "
                        "ហើយស្រីពៅបានបន្តការសិក្សានៅសាលារៀនពេញមួយរយៈពេលនោះ។ នៅទីបំផុត "
                        "តុលាការបានរកឃើញថាជនជាប់ចោទមានពិរុទ្ធភាព ហើយបានសម្រេចឱ្យជនជាប់ចោទនោះបង់សំណងជំងឺចិត្ត។</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "បើគ្មាននរណាម្នាក់នៅក្បែរយើងទេ យើងប្រហែលជាឈប់ត្រឹមពាក់កណ្តាលផ្លូវហើយ។ "
                            "ពួកគេមិនដែលទុកឱ្យយើងមានអារម្មណ៍ថានៅម្នាក់ឯងឡើយ។"
                        ),
                        "attribution": "មីងរបស់ស្រីពៅ (មិនបញ្ចេញឈ្មោះ)",
                    },
                },
            ],
        },
    },
    {
        "category": "case-stories",
        "date": "2026-02-17",
        "slug": "back-to-school-and-dreaming-again",
        "title": {"en": "Back to school and dreaming again", "km": "ត្រឡប់ទៅសាលាវិញ ហើយចាប់ផ្តើមមានក្តីស្រមៃម្តងទៀត"},
        "summary": {
            "en": (
                "Recovery takes time. This composite story follows a girl's journey from the shock of abuse to "
                "returning to school with new plans for her future."
            ),
            "km": (
                "ការជាសះស្បើយត្រូវការពេលវេលា។ រឿងរ៉ាវដែលផ្សំឡើងពីករណីជាច្រើននេះ រៀបរាប់ពីដំណើររបស់ក្មេងស្រីម្នាក់ "
                "ចាប់ពីការតក់ស្លុតដោយសារការរំលោភបំពាន រហូតដល់ការត្រឡប់ទៅសាលារៀនវិញ "
                "ជាមួយនឹងផែនការថ្មីសម្រាប់អនាគតរបស់នាង។"
            ),
        },
        "byline": None,
        "tags": ["survivors", "schools"],
        "image_alt": {
            "en": "Abstract illustration of a school bag beside a small plant with new leaves",
            "km": "រូបគំនូរអរូបីនៃកាបូបសាលា នៅក្បែររុក្ខជាតិតូចមួយដែលមានស្លឹកថ្មី",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><i>This is a composite story based on the experiences of several young people we have "
                        "supported. Names and details have been changed.</i></p><p>After the abuse came to light, "
                        "Chenda, 14, stopped going to school. She felt that everyone was looking at her, and she "
                        "found it hard to sleep or concentrate. Her mother feared that her daughter had lost her "
                        "future along with her childhood.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Step by step", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>An APLE social worker visited Chenda at home every week. At first they simply talked, "
                        "played games and drew. Slowly, with counselling, Chenda began to understand that what "
                        "happened was not her fault. With the family's permission, the social worker also met her "
                        "teachers to agree on a quiet return to class and extra help to catch up.</p><p>When Chenda "
                        "went back to school, a teacher she trusted checked in with her each day. Her mother joined a "
                        "parents' group, where she met other families who understood what she was going through.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": "I want to be a nurse, so I can take care of people the way they took care of me.",
                        "attribution": "Chenda (name changed)",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Recovery is rarely a straight line, and every child's path is different. What helps most "
                        "is patience, a safe home and adults who keep showing up.</p>"
                    ),
                },
            ],
            "km": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><i>នេះជារឿងរ៉ាវដែលផ្សំឡើងពីបទពិសោធន៍របស់យុវជនជាច្រើននាក់ ដែលយើងបានគាំទ្រ។ ឈ្មោះ "
                        "និងព័ត៌មានលម្អិតត្រូវបានផ្លាស់ប្តូរ។</i></p><p>បន្ទាប់ពីការរំលោភបំពានត្រូវបានគេដឹង ចិន្តា "
                        "អាយុ ១៤ឆ្នាំ បានឈប់ទៅសាលារៀន។ នាងមានអារម្មណ៍ថា មនុស្សគ្រប់គ្នាកំពុងសម្លឹងមើលនាង "
                        "ហើយនាងពិបាកគេង និងពិបាកផ្តោតអារម្មណ៍។ ម្តាយរបស់នាងភ័យខ្លាចថា កូនស្រីរបស់គាត់បានបាត់បង់អនាគត "
                        "រួមជាមួយនឹងភាពជាកុមាររបស់នាង។</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "មួយជំហានម្តងៗ", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>បុគ្គលិកសង្គមកិច្ចម្នាក់របស់ APLE បានមកសួរសុខទុក្ខចិន្តានៅផ្ទះរៀងរាល់សប្តាហ៍។ ដំបូងឡើយ "
                        "ពួកគេគ្រាន់តែនិយាយគ្នា លេងល្បែង និងគូររូប។ បន្តិចម្តងៗ តាមរយៈការប្រឹក្សាផ្លូវចិត្ត "
                        "ចិន្តាចាប់ផ្តើមយល់ថា អ្វីដែលបានកើតឡើងមិនមែនជាកំហុសរបស់នាងទេ។ ដោយមានការអនុញ្ញាតពីក្រុមគ្រួសារ "
                        "បុគ្គលិកសង្គមកិច្ចក៏បានជួបគ្រូបង្រៀនរបស់នាងផងដែរ "
                        "ដើម្បីព្រមព្រៀងគ្នាលើការត្រឡប់ចូលរៀនវិញដោយស្ងាត់ៗ "
                        "និងជំនួយបន្ថែមដើម្បីឱ្យនាងរៀនតាមទាន់មិត្តភក្តិ។</p><p>នៅពេលចិន្តាត្រឡប់ទៅសាលារៀនវិញ "
                        "គ្រូបង្រៀនម្នាក់ដែលនាងទុកចិត្ត បានសួរនាំនាងជារៀងរាល់ថ្ងៃ។ "
                        "ម្តាយរបស់នាងបានចូលរួមក្រុមឪពុកម្តាយមួយ ដែលនៅទីនោះ គាត់បានជួបគ្រួសារផ្សេងទៀត "
                        "ដែលយល់ពីអ្វីដែលគាត់កំពុងឆ្លងកាត់។</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": "ខ្ញុំចង់ក្លាយជាគិលានុបដ្ឋាយិកា ដើម្បីអាចថែទាំមនុស្ស ដូចដែលពួកគេបានថែទាំខ្ញុំដែរ។",
                        "attribution": "ចិន្តា (ឈ្មោះត្រូវបានផ្លាស់ប្តូរ)",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ការជាសះស្បើយកម្រនឹងដើរតាមបន្ទាត់ត្រង់ណាស់ ហើយផ្លូវរបស់កុមារម្នាក់ៗគឺខុសៗគ្នា។ "
                        "អ្វីដែលជួយបានច្រើនបំផុត គឺការអត់ធ្មត់ ផ្ទះដែលមានសុវត្ថិភាព "
                        "និងមនុស្សពេញវ័យដែលនៅតែបន្តនៅក្បែរពួកគេ។</p>"
                    ),
                },
            ],
        },
    },
]
