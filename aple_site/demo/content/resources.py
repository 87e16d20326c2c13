r"""Bilingual (English / Khmer) demo content for the resource library and online courses of the APLE site.

All text here is original demo copy written for this project; nothing is copied from a real website or
publication. Any figure a resource refers to is a demo figure, and the documents say so. Khmer prose uses
Khmer digits; proper names such as APLE, Facebook and TikTok stay in Latin script.

Taxonomies - each maps a Latin key to a ``{"en": ..., "km": ...}`` label:

* ``AUDIENCES`` - "children", "parents", "justice", "public".
* ``TYPES`` - resource types (singular names), e.g. "guide", "training-guide", "impact-report", "video".
* ``TOPICS`` - subject tags, e.g. "online-safety", "reporting", "sextortion", "tourism".

``RESOURCES`` is a list of downloadable resources. Each has:

* ``slug`` - Latin, unique across all resources;
* ``library`` - where the page lives in the tree: "training-guides", "research-reports",
  "campaign-materials", "impact-reports" or one of the audience hubs "children", "parents", "justice",
  "informational";
* ``type`` (a ``TYPES`` key), ``audiences`` (``AUDIENCES`` keys), ``topics`` (``TOPICS`` keys), ``year``;
* ``title`` and ``summary`` - ``{"en": ..., "km": ...}``;
* ``files`` - the languages in which a document file exists (["en", "km"], ["en"] or ["km"]);
* ``pages`` - ``{"en": [...], "km": [...]}`` plain-text paragraphs to print into the generated PDF,
  given in both languages even when only one file exists;
* ``external_url`` - only on videos, a placeholder YouTube address with an obviously fake id.

``COURSES`` is a list of two online courses. Each has ``slug``, ``title``, ``summary``, ``audience`` (an
``AUDIENCES`` key), ``language`` ("both"), ``duration``, ``outcomes`` (``{"en": [...], "km": [...]}``) and
three ``lessons``. A lesson has ``slug``, ``title``, ``intro`` and ``topics``; a topic has ``title`` and
``content`` - raw StreamField data per language: a list of ``{"type": ..., "value": ...}`` blocks of the types
"paragraph" (HTML limited to <p>, <b>, <i>, <ul>, <ol> and <li>) and "check" (a question with options, exactly
one of them correct, each with feedback). Every topic ends with a "check" block, and the English and Khmer
block lists have the same structure.
"""

AUDIENCES = {
    "children": {
        "en": "Children and young people",
        "km": "កុមារ និងយុវជន",
    },
    "parents": {
        "en": "Parents, caregivers and educators",
        "km": "ឪពុកម្តាយ អ្នកថែទាំ និងអ្នកអប់រំ",
    },
    "justice": {
        "en": "Law enforcement and justice professionals",
        "km": "មន្ត្រីអនុវត្តច្បាប់ និងអ្នកជំនាញផ្នែកយុត្តិធម៌",
    },
    "public": {
        "en": "General public",
        "km": "សាធារណជនទូទៅ",
    },
}

TYPES = {
    "guide": {
        "en": "Guide",
        "km": "មគ្គុទ្ទេសក៍",
    },
    "training-guide": {
        "en": "Training guide",
        "km": "សៀវភៅណែនាំបណ្តុះបណ្តាល",
    },
    "research-report": {
        "en": "Research report",
        "km": "របាយការណ៍ស្រាវជ្រាវ",
    },
    "impact-report": {
        "en": "Impact report",
        "km": "របាយការណ៍ផលប៉ះពាល់",
    },
    "campaign-material": {
        "en": "Campaign material",
        "km": "សម្ភារៈយុទ្ធនាការ",
    },
    "poster": {
        "en": "Poster",
        "km": "ផ្ទាំងប៉ូស្ទ័រ",
    },
    "leaflet": {
        "en": "Leaflet",
        "km": "ខិត្តប័ណ្ណ",
    },
    "video": {
        "en": "Video",
        "km": "វីដេអូ",
    },
    "toolkit": {
        "en": "Toolkit",
        "km": "កញ្ចប់ឧបករណ៍",
    },
}

TOPICS = {
    "online-safety": {
        "en": "Online safety",
        "km": "សុវត្ថិភាពតាមអនឡាញ",
    },
    "reporting": {
        "en": "Reporting abuse",
        "km": "ការរាយការណ៍អំពីការរំលោភបំពាន",
    },
    "body-safety": {
        "en": "Body safety",
        "km": "សុវត្ថិភាពរាងកាយ",
    },
    "child-friendly-justice": {
        "en": "Child-friendly justice",
        "km": "យុត្តិធម៌មិត្តភាពកុមារ",
    },
    "survivor-care": {
        "en": "Supporting survivors",
        "km": "ការគាំទ្រជនរងគ្រោះ",
    },
    "sextortion": {
        "en": "Sextortion",
        "km": "ការជំរិតផ្លូវភេទតាមអនឡាញ",
    },
    "parenting": {
        "en": "Positive parenting",
        "km": "ការចិញ្ចឹមបីបាច់កូនបែបវិជ្ជមាន",
    },
    "tourism": {
        "en": "Child-safe tourism",
        "km": "ទេសចរណ៍សុវត្ថិភាពសម្រាប់កុមារ",
    },
}

RESOURCES = [
    {
        "slug": "annual-report-2019",
        "library": "impact-reports",
        "type": "impact-report",
        "audiences": ["public"],
        "topics": ["reporting", "child-friendly-justice"],
        "year": 2019,
        "title": {
            "en": "Annual report 2019",
            "km": "របាយការណ៍ប្រចាំឆ្នាំ ២០១៩",
        },
        "summary": {
            "en": (
                "A look back at APLE's work in 2019: answering calls to the hotline, supporting children through "
                "the justice process and training frontline partners."
            ),
            "km": (
                "ការក្រឡេកមើលការងាររបស់ APLE ក្នុងឆ្នាំ ២០១៩៖ ការឆ្លើយតបនឹងការហៅចូលខ្សែទូរស័ព្ទបន្ទាន់ "
                "ការគាំទ្រកុមារពេញមួយដំណើរការយុត្តិធម៌ និងការបណ្តុះបណ្តាលដៃគូជួរមុខ។"
            ),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "In 2019 our teams continued to do what APLE has done since 2003: listen to children, act on "
                    "reports of abuse and work with the authorities so that those who harm children are held to "
                    "account. This report summarises the year in plain language for our partners, supporters and "
                    "the communities we serve."
                ),
                (
                    "Our hotline received reports from parents, neighbours, teachers and children themselves. Each "
                    "report was checked carefully by a trained analyst and, where a child was at risk, shared with "
                    "the police. Figures shown in this demo edition are illustrative only and do not describe real "
                    "cases."
                ),
                (
                    "Alongside casework, we ran workshops for police officers, social workers and commune leaders "
                    "on how to talk with children gently and how to keep evidence safe. We thank every partner who "
                    "helped a child feel heard this year, and we look forward to building on this work in 2020."
                ),
            ],
            "km": [
                (
                    "ក្នុងឆ្នាំ ២០១៩ ក្រុមការងាររបស់យើងបានបន្តធ្វើការងារដែល APLE បានធ្វើតាំងពីឆ្នាំ ២០០៣ មក "
                    "គឺការស្តាប់កុមារ ការចាត់វិធានការលើរបាយការណ៍អំពីការរំលោភបំពាន និងការសហការជាមួយអាជ្ញាធរ "
                    "ដើម្បីឱ្យអ្នកដែលធ្វើបាបកុមារទទួលខុសត្រូវចំពោះទង្វើរបស់ខ្លួន។ "
                    "របាយការណ៍នេះសង្ខេបពីឆ្នាំនេះជាភាសាងាយយល់ សម្រាប់ដៃគូ អ្នកគាំទ្រ និងសហគមន៍ដែលយើងបម្រើ។"
                ),
                (
                    "ខ្សែទូរស័ព្ទបន្ទាន់របស់យើងបានទទួលរបាយការណ៍ពីឪពុកម្តាយ អ្នកជិតខាង គ្រូបង្រៀន "
                    "និងពីកុមារខ្លួនឯងផ្ទាល់។ របាយការណ៍នីមួយៗត្រូវបានពិនិត្យយ៉ាងយកចិត្តទុកដាក់ដោយអ្នកវិភាគដែលបានទទួល"
                    "ការបណ្តុះបណ្តាល ហើយនៅពេលដែលកុមារប្រឈមនឹងហានិភ័យ របាយការណ៍នោះត្រូវបានបញ្ជូនទៅនគរបាល។ "
                    "តួលេខនៅក្នុងកំណែសាកល្បងនេះ គ្រាន់តែជាឧទាហរណ៍ប៉ុណ្ណោះ ហើយមិនមែនពិពណ៌នាអំពីករណីពិតទេ។"
                ),
                (
                    "ក្រៅពីការងារលើករណី យើងបានរៀបចំសិក្ខាសាលាសម្រាប់មន្ត្រីនគរបាល បុគ្គលិកសង្គមកិច្ច និងមេដឹកនាំឃុំ "
                    "អំពីរបៀបនិយាយជាមួយកុមារដោយទន់ភ្លន់ និងរបៀបរក្សាភស្តុតាងឱ្យមានសុវត្ថិភាព។ "
                    "យើងសូមថ្លែងអំណរគុណដល់ដៃគូគ្រប់រូប "
                    "ដែលបានជួយឱ្យកុមារម្នាក់ៗមានអារម្មណ៍ថាមានគេស្តាប់ខ្លួនក្នុងឆ្នាំនេះ "
                    "ហើយយើងទន្ទឹងរង់ចាំពង្រីកការងារនេះបន្ថែមទៀតនៅឆ្នាំ ២០២០។"
                ),
            ],
        },
    },
    {
        "slug": "annual-report-2020",
        "library": "impact-reports",
        "type": "impact-report",
        "audiences": ["public"],
        "topics": ["online-safety", "reporting"],
        "year": 2020,
        "title": {
            "en": "Annual report 2020",
            "km": "របាយការណ៍ប្រចាំឆ្នាំ ២០២០",
        },
        "summary": {
            "en": (
                "How APLE adapted in 2020, when school closures moved much of children's lives online and our teams "
                "found new ways to stay within reach."
            ),
            "km": (
                "របៀបដែល APLE បានបត់បែនខ្លួនក្នុងឆ្នាំ ២០២០ "
                "នៅពេលដែលការបិទសាលារៀនបានធ្វើឱ្យជីវិតកុមារជាច្រើនផ្លាស់ទៅលើអនឡាញ "
                "ហើយក្រុមការងាររបស់យើងបានរកឃើញមធ្យោបាយថ្មីៗ ដើម្បីនៅតែអាចទាក់ទងបាន។"
            ),
        },
        "files": ["km"],
        "pages": {
            "en": [
                (
                    "2020 was a year unlike any other. When schools closed and families stayed at home, children "
                    "spent far more time on phones and computers. Our teams moved quickly to keep the hotline open "
                    "around the clock and to share simple safety advice through social media and community radio."
                ),
                (
                    "Many workshops moved online or into small, distanced groups. Police and social work partners "
                    "continued to respond to urgent cases, and we adjusted how we accompanied children to "
                    "interviews and hearings so that everyone stayed as safe as possible from illness."
                ),
                (
                    "The year taught us that protection must follow children wherever they are, including online. "
                    "The lessons learned in 2020 shaped our later campaigns on online safety. Any numbers in this "
                    "demo report are examples for layout purposes only. We thank every partner who adapted "
                    "alongside us."
                ),
            ],
            "km": [
                (
                    "ឆ្នាំ ២០២០ គឺជាឆ្នាំមួយដែលខុសប្លែកពីឆ្នាំណាៗទាំងអស់។ នៅពេលសាលារៀនបិទទ្វារ "
                    "ហើយគ្រួសារនានាស្នាក់នៅផ្ទះ កុមារបានចំណាយពេលច្រើនជាងមុនលើទូរស័ព្ទ និងកុំព្យូទ័រ។ "
                    "ក្រុមការងាររបស់យើងបានចាត់វិធានការយ៉ាងរហ័ស "
                    "ដើម្បីរក្សាខ្សែទូរស័ព្ទបន្ទាន់ឱ្យដំណើរការទាំងយប់ទាំងថ្ងៃ និងចែករំលែកដំបូន្មានសុវត្ថិភាពសាមញ្ញៗ "
                    "តាមរយៈបណ្តាញសង្គម និងវិទ្យុសហគមន៍។"
                ),
                (
                    "សិក្ខាសាលាជាច្រើនត្រូវបានប្តូរទៅធ្វើតាមអនឡាញ ឬជាក្រុមតូចៗដែលរក្សាគម្លាតពីគ្នា។ ដៃគូនគរបាល "
                    "និងសង្គមកិច្ចបានបន្តឆ្លើយតបនឹងករណីបន្ទាន់ ហើយយើងបានកែសម្រួលរបៀបអមដំណើរកុមារទៅការសម្ភាសន៍ "
                    "និងសវនាការ ដើម្បីឱ្យមនុស្សគ្រប់គ្នាមានសុវត្ថិភាពពីជំងឺឱ្យបានច្រើនបំផុត។"
                ),
                (
                    "ឆ្នាំនេះបានបង្រៀនយើងថា ការការពារត្រូវតែទៅដល់កុមារគ្រប់ទីកន្លែងដែលពួកគេនៅ "
                    "រួមទាំងនៅលើអនឡាញផងដែរ។ មេរៀនដែលទទួលបានក្នុងឆ្នាំ ២០២០ "
                    "បានជួយរៀបចំយុទ្ធនាការសុវត្ថិភាពតាមអនឡាញរបស់យើងនៅពេលក្រោយ។ តួលេខណាមួយនៅក្នុងរបាយការណ៍សាកល្បងនេះ "
                    "គ្រាន់តែជាឧទាហរណ៍សម្រាប់ការរៀបចំប្លង់ប៉ុណ្ណោះ។ យើងសូមអរគុណដល់ដៃគូគ្រប់រូប "
                    "ដែលបានបត់បែនការងាររួមជាមួយយើង។"
                ),
            ],
        },
    },
    {
        "slug": "annual-report-2021",
        "library": "impact-reports",
        "type": "impact-report",
        "audiences": ["public"],
        "topics": ["reporting", "online-safety"],
        "year": 2021,
        "title": {
            "en": "Annual report 2021",
            "km": "របាយការណ៍ប្រចាំឆ្នាំ ២០២១",
        },
        "summary": {
            "en": (
                "Our 2021 annual report, featuring the launch of the “Report It. Don't Share It.” campaign and "
                "continued support for children in the justice system."
            ),
            "km": (
                "របាយការណ៍ប្រចាំឆ្នាំ ២០២១ របស់យើង ដែលបង្ហាញពីការដាក់ចេញយុទ្ធនាការ «សូមរាយការណ៍ កុំចែករំលែក» "
                "និងការបន្តគាំទ្រកុមារនៅក្នុងប្រព័ន្ធយុត្តិធម៌។"
            ),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "In 2021 APLE launched “Report It. Don't Share It.”, a campaign asking people who come across "
                    "images of child abuse online to report them instead of forwarding them. Sharing such content "
                    "harms the child again each time; reporting it helps the child and the investigation."
                ),
                (
                    "The campaign reached young people through short videos, posters in schools and messages on "
                    "popular platforms. Hotline analysts followed up on every report received and passed urgent "
                    "information to the authorities. Reach figures in this demo report are placeholders, not real "
                    "results."
                ),
                (
                    "Our legal and social work teams continued to support children and families through "
                    "investigations and court hearings. We also began reviewing our training materials for police "
                    "so that they reflect the growing number of cases that start online. This review continued into "
                    "the following year."
                ),
            ],
            "km": [
                (
                    "ក្នុងឆ្នាំ ២០២១ APLE បានដាក់ចេញយុទ្ធនាការ «សូមរាយការណ៍ កុំចែករំលែក» "
                    "ដែលស្នើសុំឱ្យមនុស្សដែលបានឃើញរូបភាពនៃការរំលោភបំពានលើកុមារនៅលើអនឡាញ "
                    "រាយការណ៍ជំនួសឱ្យការបញ្ជូនបន្ត។ ការចែករំលែកខ្លឹមសារបែបនេះ ធ្វើឱ្យកុមាររងគ្រោះម្តងទៀតរាល់ពេល "
                    "រីឯការរាយការណ៍ជួយទាំងកុមារ និងការស៊ើបអង្កេត។"
                ),
                (
                    "យុទ្ធនាការនេះបានទៅដល់យុវជនតាមរយៈវីដេអូខ្លីៗ ផ្ទាំងប៉ូស្ទ័រនៅតាមសាលារៀន "
                    "និងសារនៅលើបណ្តាញសង្គមដែលពេញនិយម។ អ្នកវិភាគខ្សែទូរស័ព្ទបន្ទាន់បានតាមដានរាល់របាយការណ៍ដែលបានទទួល "
                    "ហើយបានបញ្ជូនព័ត៌មានបន្ទាន់ទៅអាជ្ញាធរ។ "
                    "តួលេខអំពីចំនួនអ្នកដែលបានទទួលសារនៅក្នុងរបាយការណ៍សាកល្បងនេះ គ្រាន់តែជាតួលេខជំនួសប៉ុណ្ណោះ "
                    "មិនមែនជាលទ្ធផលពិតទេ។"
                ),
                (
                    "ក្រុមការងារផ្នែកច្បាប់ និងសង្គមកិច្ចរបស់យើង បានបន្តគាំទ្រកុមារ និងគ្រួសារពេញមួយការស៊ើបអង្កេត "
                    "និងសវនាការនៅតុលាការ។ យើងក៏បានចាប់ផ្តើមពិនិត្យឡើងវិញនូវឯកសារបណ្តុះបណ្តាលសម្រាប់នគរបាល "
                    "ដើម្បីឱ្យស្របនឹងចំនួនករណីដែលកំពុងកើនឡើង ដែលចាប់ផ្តើមនៅលើអនឡាញ។ "
                    "ការពិនិត្យនេះបានបន្តរហូតដល់ឆ្នាំបន្ទាប់។"
                ),
            ],
        },
    },
    {
        "slug": "annual-report-2022",
        "library": "impact-reports",
        "type": "impact-report",
        "audiences": ["public"],
        "topics": ["child-friendly-justice", "survivor-care"],
        "year": 2022,
        "title": {
            "en": "Annual report 2022",
            "km": "របាយការណ៍ប្រចាំឆ្នាំ ២០២២",
        },
        "summary": {
            "en": (
                "In 2022 we strengthened child-friendly justice, trained new partners and listened closely to what "
                "survivors told us they needed."
            ),
            "km": (
                "ក្នុងឆ្នាំ ២០២២ យើងបានពង្រឹងយុត្តិធម៌មិត្តភាពកុមារ បណ្តុះបណ្តាលដៃគូថ្មីៗ "
                "និងបានស្តាប់យ៉ាងយកចិត្តទុកដាក់នូវអ្វីដែលជនរងគ្រោះបានប្រាប់យើងថា ពួកគេត្រូវការ។"
            ),
        },
        "files": ["en"],
        "pages": {
            "en": [
                (
                    "In 2022 we focused on making the justice process kinder to children. Working with courts and "
                    "police, we encouraged the use of separate waiting areas, fewer repeated interviews and clear "
                    "explanations for children and their families at each step. Small changes like these can make a "
                    "stressful process easier."
                ),
                (
                    "Survivors and their caregivers told us that practical help matters as much as legal support: "
                    "transport to hearings, a trusted person at their side and someone who answers the phone when "
                    "they are worried. We used this feedback to improve how our social workers plan follow-up "
                    "visits."
                ),
                (
                    "We also trained new partners in several provinces and shared our materials with schools. This "
                    "demo report uses example figures only. We are grateful to every donor and volunteer who made "
                    "this work possible. Together, you helped more children feel safe and heard."
                ),
            ],
            "km": [
                (
                    "ក្នុងឆ្នាំ ២០២២ យើងបានផ្តោតលើការធ្វើឱ្យដំណើរការយុត្តិធម៌កាន់តែមានភាពទន់ភ្លន់ចំពោះកុមារ។ "
                    "តាមរយៈការសហការជាមួយតុលាការ និងនគរបាល យើងបានលើកទឹកចិត្តឱ្យមានកន្លែងរង់ចាំដាច់ដោយឡែក "
                    "កាត់បន្ថយការសម្ភាសន៍ដដែលៗ និងផ្តល់ការពន្យល់ច្បាស់លាស់ដល់កុមារ "
                    "និងគ្រួសាររបស់ពួកគេនៅគ្រប់ដំណាក់កាល។ ការផ្លាស់ប្តូរតូចៗបែបនេះ អាចធ្វើឱ្យដំណើរការដ៏តានតឹងមួយ "
                    "កាន់តែងាយស្រួល។"
                ),
                (
                    "ជនរងគ្រោះ និងអ្នកថែទាំរបស់ពួកគេបានប្រាប់យើងថា "
                    "ជំនួយជាក់ស្តែងមានសារៈសំខាន់ដូចជំនួយផ្នែកច្បាប់ដែរ ដូចជាការធ្វើដំណើរទៅសវនាការ "
                    "មនុស្សដែលគេទុកចិត្តនៅក្បែរខ្លួន និងមនុស្សម្នាក់ដែលលើកទូរស័ព្ទនៅពេលពួកគេព្រួយបារម្ភ។ "
                    "យើងបានប្រើមតិយោបល់ទាំងនេះ ដើម្បីកែលម្អរបៀបដែលបុគ្គលិកសង្គមកិច្ចរបស់យើងរៀបចំការចុះសួរសុខទុក្ខតាម"
                    "ដាន។"
                ),
                (
                    "យើងក៏បានបណ្តុះបណ្តាលដៃគូថ្មីៗនៅក្នុងខេត្តមួយចំនួន និងបានចែករំលែកឯកសាររបស់យើងជាមួយសាលារៀន។ "
                    "របាយការណ៍សាកល្បងនេះប្រើតែតួលេខឧទាហរណ៍ប៉ុណ្ណោះ។ យើងសូមថ្លែងអំណរគុណដល់ម្ចាស់ជំនួយ "
                    "និងអ្នកស្ម័គ្រចិត្តគ្រប់រូប ដែលបានធ្វើឱ្យការងារនេះអាចកើតឡើងបាន។ ជាមួយគ្នា "
                    "អ្នកបានជួយឱ្យកុមារកាន់តែច្រើន មានអារម្មណ៍សុវត្ថិភាព និងមានគេស្តាប់។"
                ),
            ],
        },
    },
    {
        "slug": "annual-report-2023",
        "library": "impact-reports",
        "type": "impact-report",
        "audiences": ["public"],
        "topics": ["sextortion", "online-safety"],
        "year": 2023,
        "title": {
            "en": "Annual report 2023",
            "km": "របាយការណ៍ប្រចាំឆ្នាំ ២០២៣",
        },
        "summary": {
            "en": (
                "Our 2023 report looks at the rise of online blackmail targeting teenagers and how the hotline, "
                "police and schools worked together to respond."
            ),
            "km": (
                "របាយការណ៍ឆ្នាំ ២០២៣ របស់យើង ពិនិត្យមើលការកើនឡើងនៃការជំរិតតាមអនឡាញ ដែលផ្តោតលើក្មេងជំទង់ "
                "និងរបៀបដែលខ្សែទូរស័ព្ទបន្ទាន់ នគរបាល និងសាលារៀន បានសហការគ្នាឆ្លើយតប។"
            ),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "In 2023 more of the reports reaching our hotline involved young people being pressured or "
                    "blackmailed online. Our analysts developed a clear routine: reassure the young person, help "
                    "them keep evidence, stop contact with the offender and involve the police when the child "
                    "agrees or is in danger."
                ),
                (
                    "We visited schools to talk with students about online blackmail in a calm, shame-free way. "
                    "Teachers received short guidance notes so they could answer questions after our visits. "
                    "Figures shown in this demo edition are invented for illustration. Students were reminded that "
                    "help is available without judgement."
                ),
                (
                    "Working closely with specialised police units, we also supported several investigations into "
                    "people who target children through social media. We will keep listening to young people so "
                    "that our advice stays relevant to the apps they actually use. Thank you to every partner who "
                    "stood with them."
                ),
            ],
            "km": [
                (
                    "ក្នុងឆ្នាំ ២០២៣ របាយការណ៍ជាច្រើនជាងមុនដែលបានមកដល់ខ្សែទូរស័ព្ទបន្ទាន់របស់យើង "
                    "ពាក់ព័ន្ធនឹងយុវជនដែលត្រូវបានគេបង្ខិតបង្ខំ ឬជំរិតនៅលើអនឡាញ។ "
                    "អ្នកវិភាគរបស់យើងបានបង្កើតនីតិវិធីច្បាស់លាស់មួយ៖ ធ្វើឱ្យយុវជនអស់កង្វល់ ជួយពួកគេរក្សាភស្តុតាង "
                    "បញ្ឈប់ទំនាក់ទំនងជាមួយជនល្មើស និងធ្វើការជាមួយនគរបាល នៅពេលកុមារយល់ព្រម "
                    "ឬនៅពេលកុមារស្ថិតក្នុងគ្រោះថ្នាក់។"
                ),
                (
                    "យើងបានចុះទៅសាលារៀន ដើម្បីនិយាយជាមួយសិស្សអំពីការជំរិតតាមអនឡាញ ក្នុងលក្ខណៈស្ងប់ស្ងាត់ "
                    "និងមិនធ្វើឱ្យនរណាម្នាក់ខ្មាស់អៀន។ គ្រូបង្រៀនបានទទួលកំណត់ចំណាំណែនាំខ្លីៗ "
                    "ដើម្បីឱ្យពួកគេអាចឆ្លើយសំណួរបាន បន្ទាប់ពីការចុះរបស់យើង។ តួលេខនៅក្នុងកំណែសាកល្បងនេះ "
                    "ត្រូវបានបង្កើតឡើងសម្រាប់ជាឧទាហរណ៍តែប៉ុណ្ណោះ។ សិស្សត្រូវបានរំលឹកថា ជំនួយតែងតែមាន "
                    "ដោយគ្មានការវិនិច្ឆ័យ។"
                ),
                (
                    "តាមរយៈការសហការយ៉ាងជិតស្និទ្ធជាមួយអង្គភាពនគរបាលជំនាញ "
                    "យើងក៏បានគាំទ្រការស៊ើបអង្កេតមួយចំនួនលើបុគ្គលដែលកំណត់គោលដៅលើកុមារតាមរយៈបណ្តាញសង្គម។ "
                    "យើងនឹងបន្តស្តាប់យុវជន ដើម្បីឱ្យដំបូន្មានរបស់យើងនៅតែពាក់ព័ន្ធនឹងកម្មវិធីដែលពួកគេកំពុងប្រើប្រាស់"
                    "ពិតប្រាកដ។ សូមអរគុណដល់ដៃគូគ្រប់រូប ដែលបានឈរក្បែរពួកគេ។"
                ),
            ],
        },
    },
    {
        "slug": "annual-report-2024",
        "library": "impact-reports",
        "type": "impact-report",
        "audiences": ["public"],
        "topics": ["parenting", "reporting", "survivor-care"],
        "year": 2024,
        "title": {
            "en": "Annual report 2024",
            "km": "របាយការណ៍ប្រចាំឆ្នាំ ២០២៤",
        },
        "summary": {
            "en": (
                "Highlights from 2024: reaching more parents and caregivers, improving follow-up care for survivors "
                "and planning for the years ahead."
            ),
            "km": (
                "ចំណុចលេចធ្លោពីឆ្នាំ ២០២៤៖ ការទៅដល់ឪពុកម្តាយ និងអ្នកថែទាំកាន់តែច្រើន "
                "ការកែលម្អការថែទាំតាមដានសម្រាប់ជនរងគ្រោះ និងការរៀបចំផែនការសម្រាប់ឆ្នាំខាងមុខ។"
            ),
        },
        "files": ["km"],
        "pages": {
            "en": [
                (
                    "In 2024 we put families at the centre of our prevention work. Community sessions helped "
                    "parents and grandparents talk with children about body safety and online life, and shared the "
                    "hotline number so they know where to turn for help."
                ),
                (
                    "For children already affected by abuse, we improved follow-up care by working more closely "
                    "with health services, schools and local authorities. Each child's support plan was reviewed "
                    "regularly with the child and a trusted adult. This helped us notice early when a child needed "
                    "extra support."
                ),
                (
                    "As we look ahead, we remain committed to a Cambodia where every child is safe from sexual "
                    "abuse and exploitation. All figures in this demo report are examples and should not be quoted. "
                    "Thank you for standing with the children of Cambodia."
                ),
            ],
            "km": [
                (
                    "ក្នុងឆ្នាំ ២០២៤ យើងបានដាក់គ្រួសារជាចំណុចកណ្តាលនៃការងារបង្ការរបស់យើង។ វគ្គសហគមន៍បានជួយឪពុកម្តាយ "
                    "និងជីដូនជីតា ឱ្យនិយាយជាមួយកុមារអំពីសុវត្ថិភាពរាងកាយ និងជីវិតនៅលើអនឡាញ "
                    "ហើយបានចែករំលែកលេខខ្សែទូរស័ព្ទបន្ទាន់ ដើម្បីឱ្យពួកគេដឹងថាត្រូវស្វែងរកជំនួយនៅឯណា។"
                ),
                (
                    "សម្រាប់កុមារដែលបានរងផលប៉ះពាល់ពីការរំលោភបំពានរួចហើយ យើងបានកែលម្អការថែទាំតាមដាន "
                    "ដោយធ្វើការកាន់តែជិតស្និទ្ធជាមួយសេវាសុខាភិបាល សាលារៀន និងអាជ្ញាធរមូលដ្ឋាន។ "
                    "ផែនការគាំទ្ររបស់កុមារម្នាក់ៗ ត្រូវបានពិនិត្យឡើងវិញជាទៀងទាត់ ជាមួយកុមារ "
                    "និងមនុស្សពេញវ័យដែលគេទុកចិត្ត។ ការធ្វើបែបនេះ បានជួយយើងឱ្យដឹងទាន់ពេល "
                    "នៅពេលកុមារត្រូវការការគាំទ្របន្ថែម។"
                ),
                (
                    "ខណៈពេលដែលយើងសម្លឹងទៅមុខ យើងនៅតែប្តេជ្ញាចិត្តចំពោះកម្ពុជាមួយ "
                    "ដែលកុមារគ្រប់រូបមានសុវត្ថិភាពពីការរំលោភបំពាន និងការកេងប្រវ័ញ្ចផ្លូវភេទ។ "
                    "តួលេខទាំងអស់នៅក្នុងរបាយការណ៍សាកល្បងនេះ គ្រាន់តែជាឧទាហរណ៍ ហើយមិនគួរយកទៅដកស្រង់ទេ។ "
                    "សូមអរគុណចំពោះការឈរក្បែរកុមារកម្ពុជា។"
                ),
            ],
        },
    },
    {
        "slug": "child-friendly-interviewing-training-guide",
        "library": "training-guides",
        "type": "training-guide",
        "audiences": ["justice"],
        "topics": ["child-friendly-justice", "survivor-care"],
        "year": 2019,
        "title": {
            "en": "Child-friendly interviewing: a training guide for police officers",
            "km": "ការសម្ភាសន៍បែបមិត្តភាពកុមារ៖ សៀវភៅណែនាំបណ្តុះបណ្តាលសម្រាប់មន្ត្រីនគរបាល",
        },
        "summary": {
            "en": (
                "A practical training guide that helps police officers prepare for, carry out and close interviews "
                "with children in a calm, respectful way."
            ),
            "km": (
                "សៀវភៅណែនាំបណ្តុះបណ្តាលជាក់ស្តែង ដែលជួយមន្ត្រីនគរបាលក្នុងការរៀបចំ ធ្វើ "
                "និងបញ្ចប់ការសម្ភាសន៍ជាមួយកុមារ ក្នុងលក្ខណៈស្ងប់ស្ងាត់ និងគោរព។"
            ),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "A child who has experienced abuse may feel frightened, ashamed or confused. The way an officer "
                    "speaks in the first minutes of an interview can decide whether the child feels safe enough to "
                    "talk. This guide sets out simple steps that put the child's wellbeing first while still "
                    "gathering reliable information."
                ),
                (
                    "Before the interview, choose a quiet room, explain who will be present and allow a trusted "
                    "adult or social worker to stay nearby. Introduce yourself by name, use simple words and tell "
                    "the child it is fine to say 'I don't know' or to ask for a break."
                ),
                (
                    "During the interview, ask open questions such as 'Tell me what happened' and avoid questions "
                    "that suggest an answer. Listen without showing shock or judgement. At the end, thank the "
                    "child, explain what will happen next and make sure they leave with someone they trust."
                ),
            ],
            "km": [
                (
                    "កុមារដែលបានជួបប្រទះការរំលោភបំពាន អាចមានអារម្មណ៍ភ័យខ្លាច ខ្មាស់អៀន ឬច្របូកច្របល់។ "
                    "របៀបដែលមន្ត្រីនិយាយក្នុងប៉ុន្មាននាទីដំបូងនៃការសម្ភាសន៍ "
                    "អាចកំណត់ថាតើកុមារមានអារម្មណ៍សុវត្ថិភាពគ្រប់គ្រាន់ដើម្បីនិយាយឬអត់។ សៀវភៅណែនាំនេះ "
                    "បង្ហាញពីជំហានសាមញ្ញៗ ដែលដាក់សុខុមាលភាពរបស់កុមារជាអាទិភាព "
                    "ខណៈពេលដែលនៅតែប្រមូលបានព័ត៌មានដែលអាចទុកចិត្តបាន។"
                ),
                (
                    "មុនពេលសម្ភាសន៍ សូមជ្រើសរើសបន្ទប់ស្ងាត់មួយ ពន្យល់ថានរណាខ្លះនឹងមានវត្តមាន "
                    "ហើយអនុញ្ញាតឱ្យមនុស្សពេញវ័យដែលកុមារទុកចិត្ត ឬបុគ្គលិកសង្គមកិច្ច នៅក្បែរនោះ។ "
                    "សូមណែនាំខ្លួនដោយប្រាប់ឈ្មោះ ប្រើពាក្យសាមញ្ញ ហើយប្រាប់កុមារថា គាត់អាចនិយាយថា «ខ្ញុំមិនដឹងទេ» "
                    "ឬសុំសម្រាកបាន។"
                ),
                (
                    "ក្នុងអំឡុងពេលសម្ភាសន៍ សូមសួរសំណួរបើកចំហ ដូចជា «សូមប្រាប់ខ្ញុំពីអ្វីដែលបានកើតឡើង» "
                    "ហើយជៀសវាងសំណួរដែលណែនាំចម្លើយ។ សូមស្តាប់ដោយមិនបង្ហាញការភ្ញាក់ផ្អើល ឬការវិនិច្ឆ័យ។ នៅពេលបញ្ចប់ "
                    "សូមអរគុណកុមារ ពន្យល់ពីអ្វីដែលនឹងកើតឡើងបន្ទាប់ ហើយធ្វើឱ្យប្រាកដថា "
                    "កុមារចាកចេញទៅជាមួយមនុស្សដែលគាត់ទុកចិត្ត។"
                ),
            ],
        },
    },
    {
        "slug": "online-abuse-investigation-training-guide",
        "library": "training-guides",
        "type": "training-guide",
        "audiences": ["justice"],
        "topics": ["online-safety", "reporting"],
        "year": 2022,
        "title": {
            "en": "Investigating online child sexual abuse: a training guide for specialised officers",
            "km": "ការស៊ើបអង្កេតការរំលោភបំពានផ្លូវភេទលើកុមារតាមអនឡាញ៖ សៀវភៅណែនាំបណ្តុះបណ្តាលសម្រាប់មន្ត្រីជំនាញ",
        },
        "summary": {
            "en": (
                "Training material on receiving online reports, preserving digital evidence and protecting the "
                "identity of children in online abuse cases."
            ),
            "km": (
                "ឯកសារបណ្តុះបណ្តាលអំពីការទទួលរបាយការណ៍តាមអនឡាញ ការរក្សាភស្តុតាងឌីជីថល "
                "និងការការពារអត្តសញ្ញាណរបស់កុមារ ក្នុងករណីរំលោភបំពានតាមអនឡាញ។"
            ),
        },
        "files": ["en"],
        "pages": {
            "en": [
                (
                    "Cases of online abuse often begin with a message, a screenshot or a tip from the public. "
                    "Officers need to act quickly, because accounts can be deleted and content can spread. This "
                    "guide introduces a step-by-step approach that any trained officer can follow from the first "
                    "report to case handover."
                ),
                (
                    "Record where and when the material was found, keep copies only on secure, approved equipment "
                    "and never forward images through personal phones or chat groups. Work with platform contacts "
                    "and the hotline team to request that harmful content is removed as soon as evidence has been "
                    "preserved."
                ),
                (
                    "Throughout the case, protect the child's identity. Do not show images to people who do not "
                    "need to see them, and speak with the child and family about what the investigation involves. "
                    "Refer them to social and psychological support early, not only at the end."
                ),
            ],
            "km": [
                (
                    "ករណីរំលោភបំពានតាមអនឡាញ ច្រើនតែចាប់ផ្តើមពីសារមួយ រូបថតអេក្រង់មួយ ឬព័ត៌មានពីសាធារណជន។ "
                    "មន្ត្រីត្រូវចាត់វិធានការយ៉ាងរហ័ស ព្រោះគណនីអាចត្រូវបានលុប ហើយខ្លឹមសារអាចរីករាលដាល។ "
                    "សៀវភៅណែនាំនេះ ណែនាំពីវិធីសាស្ត្រមួយជំហានម្តងៗ "
                    "ដែលមន្ត្រីណាម្នាក់ដែលបានទទួលការបណ្តុះបណ្តាលអាចអនុវត្តបាន "
                    "ចាប់ពីរបាយការណ៍ដំបូងរហូតដល់ការប្រគល់សំណុំរឿង។"
                ),
                (
                    "សូមកត់ត្រាទីកន្លែង និងពេលវេលាដែលបានរកឃើញឯកសារ រក្សាទុកច្បាប់ចម្លងតែនៅលើឧបករណ៍ដែលមានសុវត្ថិភាព "
                    "និងត្រូវបានអនុញ្ញាតប៉ុណ្ណោះ ហើយកុំបញ្ជូនរូបភាពតាមទូរស័ព្ទផ្ទាល់ខ្លួន ឬក្រុមជជែកជាដាច់ខាត។ "
                    "សូមធ្វើការជាមួយអ្នកទំនាក់ទំនងរបស់វេទិកាអនឡាញ និងក្រុមការងារខ្សែទូរស័ព្ទបន្ទាន់ "
                    "ដើម្បីស្នើសុំលុបខ្លឹមសារដែលបង្កគ្រោះថ្នាក់ ភ្លាមៗបន្ទាប់ពីភស្តុតាងត្រូវបានរក្សាទុក។"
                ),
                (
                    "ពេញមួយដំណើរការនៃសំណុំរឿង សូមការពារអត្តសញ្ញាណរបស់កុមារ។ កុំបង្ហាញរូបភាពដល់អ្នកដែលមិនចាំបាច់មើល "
                    "ហើយនិយាយជាមួយកុមារ និងគ្រួសារ អំពីអ្វីដែលការស៊ើបអង្កេតនឹងពាក់ព័ន្ធ។ "
                    "សូមបញ្ជូនពួកគេទៅទទួលការគាំទ្រផ្នែកសង្គម និងផ្លូវចិត្តឱ្យបានឆាប់ មិនមែនរង់ចាំដល់ចុងបញ្ចប់ទេ។"
                ),
            ],
        },
    },
    {
        "slug": "community-child-protection-training-guide",
        "library": "training-guides",
        "type": "training-guide",
        "audiences": ["parents"],
        "topics": ["body-safety", "parenting", "reporting"],
        "year": 2020,
        "title": {
            "en": "Protecting children in our community: a training guide for parents and volunteers",
            "km": "ការការពារកុមារនៅក្នុងសហគមន៍របស់យើង៖ សៀវភៅណែនាំបណ្តុះបណ្តាលសម្រាប់ឪពុកម្តាយ និងអ្នកស្ម័គ្រចិត្ត",
        },
        "summary": {
            "en": (
                "Session plans for community facilitators who want to help parents and volunteers talk about body "
                "safety and know where to report concerns."
            ),
            "km": (
                "ផែនការវគ្គសិក្សាសម្រាប់អ្នកសម្របសម្រួលសហគមន៍ ដែលចង់ជួយឪពុកម្តាយ និងអ្នកស្ម័គ្រចិត្ត "
                "ឱ្យនិយាយអំពីសុវត្ថិភាពរាងកាយ និងដឹងពីកន្លែងរាយការណ៍ពេលមានការព្រួយបារម្ភ។"
            ),
        },
        "files": ["km"],
        "pages": {
            "en": [
                (
                    "This guide contains four short sessions that a community facilitator can run in a pagoda hall, "
                    "a school or a village meeting. Each session lasts about an hour and uses discussion, stories "
                    "and role play rather than lectures, so that everyone can take part whatever their level of "
                    "reading."
                ),
                (
                    "The first sessions help adults understand what abuse is, why children often stay silent and "
                    "how people who harm children usually build trust first. Later sessions practise how to teach "
                    "children the names of body parts, the difference between safe and unsafe touch, and the right "
                    "to say no."
                ),
                (
                    "The final session focuses on action: what to do if a child tells you something worrying, how "
                    "to stay calm, and how to contact the APLE hotline on 092 311 511 or the police on 1288. "
                    "Facilitators are encouraged to end each session by asking what participants will do "
                    "differently at home."
                ),
            ],
            "km": [
                (
                    "សៀវភៅណែនាំនេះមានវគ្គខ្លីៗចំនួនបួន ដែលអ្នកសម្របសម្រួលសហគមន៍អាចរៀបចំនៅសាលាឆាន់ សាលារៀន "
                    "ឬកិច្ចប្រជុំភូមិ។ វគ្គនីមួយៗមានរយៈពេលប្រហែលមួយម៉ោង ហើយប្រើការពិភាក្សា រឿងរ៉ាវ "
                    "និងការសម្តែងតួនាទី ជំនួសឱ្យការបង្រៀនតែមួយផ្លូវ ដើម្បីឱ្យមនុស្សគ្រប់គ្នាអាចចូលរួមបាន "
                    "ទោះបីជាពួកគេមានកម្រិតអំណានបែបណាក៏ដោយ។"
                ),
                (
                    "វគ្គដំបូងៗជួយមនុស្សពេញវ័យឱ្យយល់ថា តើការរំលោភបំពានជាអ្វី ហេតុអ្វីបានជាកុមារច្រើនតែនៅស្ងៀម "
                    "និងរបៀបដែលអ្នកធ្វើបាបកុមារច្រើនតែកសាងការទុកចិត្តជាមុនសិន។ វគ្គបន្ទាប់ៗ "
                    "អនុវត្តរបៀបបង្រៀនកុមារអំពីឈ្មោះផ្នែកនៃរាងកាយ ភាពខុសគ្នារវាងការប៉ះពាល់ដែលមានសុវត្ថិភាព "
                    "និងមិនមានសុវត្ថិភាព និងសិទ្ធិក្នុងការនិយាយថា «ទេ»។"
                ),
                (
                    "វគ្គចុងក្រោយផ្តោតលើសកម្មភាព៖ អ្វីដែលត្រូវធ្វើ "
                    "ប្រសិនបើកុមារប្រាប់អ្នកអំពីរឿងដែលគួរឱ្យព្រួយបារម្ភ របៀបរក្សាភាពស្ងប់ស្ងាត់ "
                    "និងរបៀបទាក់ទងខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ ៥១១ ឬនគរបាលតាមលេខ ១២៨៨។ "
                    "អ្នកសម្របសម្រួលត្រូវបានលើកទឹកចិត្តឱ្យបញ្ចប់វគ្គនីមួយៗ ដោយសួរអ្នកចូលរួមថា "
                    "តើពួកគេនឹងធ្វើអ្វីខុសពីមុននៅផ្ទះ។"
                ),
            ],
        },
    },
    {
        "slug": "growing-up-online-research-report",
        "library": "research-reports",
        "type": "research-report",
        "audiences": ["public", "parents", "justice"],
        "topics": ["online-safety", "sextortion"],
        "year": 2021,
        "title": {
            "en": "Growing up online: children's experiences of risk on the internet in Cambodia",
            "km": "ធំធាត់ជាមួយអនឡាញ៖ បទពិសោធន៍របស់កុមារអំពីហានិភ័យលើអ៊ីនធឺណិតនៅកម្ពុជា",
        },
        "summary": {
            "en": (
                "A demo research report based on group discussions with young people, parents and teachers about "
                "the risks children meet online and where they seek help."
            ),
            "km": (
                "របាយការណ៍ស្រាវជ្រាវសាកល្បងមួយ ដែលផ្អែកលើការពិភាក្សាជាក្រុមជាមួយយុវជន ឪពុកម្តាយ និងគ្រូបង្រៀន "
                "អំពីហានិភ័យដែលកុមារជួបប្រទះនៅលើអនឡាញ និងកន្លែងដែលពួកគេស្វែងរកជំនួយ។"
            ),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "This study asked young people, parents and teachers to describe in their own words how "
                    "children use the internet and what worries them. Discussions were held in urban and rural "
                    "areas with the consent of participants and their guardians. This is a demo edition; no real "
                    "data is reported."
                ),
                (
                    "Young people described the internet as a place for learning, friendship and fun, but many had "
                    "also received messages from strangers that made them uncomfortable. Several said they would "
                    "tell a friend before an adult, because they feared losing their phone or being blamed."
                ),
                (
                    "The report recommends that parents respond with support rather than punishment, that schools "
                    "teach practical online safety skills, and that reporting routes such as the hotline are "
                    "promoted in places young people already visit online. Illustrative percentages in the full "
                    "report are demo figures."
                ),
            ],
            "km": [
                (
                    "ការសិក្សានេះ បានស្នើសុំឱ្យយុវជន ឪពុកម្តាយ និងគ្រូបង្រៀន រៀបរាប់ជាពាក្យសម្តីរបស់ពួកគេផ្ទាល់ "
                    "អំពីរបៀបដែលកុមារប្រើប្រាស់អ៊ីនធឺណិត និងអ្វីដែលធ្វើឱ្យពួកគេព្រួយបារម្ភ។ "
                    "ការពិភាក្សាត្រូវបានធ្វើឡើងទាំងនៅទីក្រុង និងជនបទ ដោយមានការយល់ព្រមពីអ្នកចូលរួម "
                    "និងអាណាព្យាបាលរបស់ពួកគេ។ នេះជាកំណែសាកល្បង ហើយមិនមានទិន្នន័យពិតណាមួយត្រូវបានរាយការណ៍ទេ។"
                ),
                (
                    "យុវជនបានពិពណ៌នាអ៊ីនធឺណិតថាជាកន្លែងសម្រាប់ការសិក្សា មិត្តភាព និងការកម្សាន្ត "
                    "ប៉ុន្តែមនុស្សជាច្រើនក៏ធ្លាប់បានទទួលសារពីមនុស្សចម្លែក ដែលធ្វើឱ្យពួកគេមិនស្រួលចិត្តដែរ។ "
                    "អ្នកខ្លះបាននិយាយថា ពួកគេនឹងប្រាប់មិត្តភក្តិមុនពេលប្រាប់មនុស្សពេញវ័យ "
                    "ព្រោះខ្លាចត្រូវគេដកទូរស័ព្ទ ឬត្រូវគេបន្ទោស។"
                ),
                (
                    "របាយការណ៍នេះផ្តល់អនុសាសន៍ថា ឪពុកម្តាយគួរឆ្លើយតបដោយការគាំទ្រជាជាងការដាក់ទណ្ឌកម្ម "
                    "សាលារៀនគួរបង្រៀនជំនាញសុវត្ថិភាពតាមអនឡាញជាក់ស្តែង ហើយមធ្យោបាយរាយការណ៍ ដូចជាខ្សែទូរស័ព្ទបន្ទាន់ "
                    "គួរត្រូវបានផ្សព្វផ្សាយនៅកន្លែងដែលយុវជនតែងចូលមើលនៅលើអនឡាញ។ ភាគរយជាឧទាហរណ៍នៅក្នុងរបាយការណ៍ពេញលេញ "
                    "គឺជាតួលេខសាកល្បង។"
                ),
            ],
        },
    },
    {
        "slug": "child-safe-tourism-review",
        "library": "research-reports",
        "type": "research-report",
        "audiences": ["public", "justice"],
        "topics": ["tourism", "reporting"],
        "year": 2017,
        "title": {
            "en": "Child-safe tourism: a review of community and business responses",
            "km": "ទេសចរណ៍សុវត្ថិភាពសម្រាប់កុមារ៖ ការពិនិត្យលើការឆ្លើយតបរបស់សហគមន៍ និងអាជីវកម្ម",
        },
        "summary": {
            "en": (
                "A review of how hotels, guesthouses, tour guides and local communities can help prevent the sexual "
                "exploitation of children in travel and tourism."
            ),
            "km": (
                "ការពិនិត្យអំពីរបៀបដែលសណ្ឋាគារ ផ្ទះសំណាក់ មគ្គុទ្ទេសក៍ទេសចរណ៍ និងសហគមន៍មូលដ្ឋាន "
                "អាចជួយបង្ការការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារក្នុងវិស័យទេសចរណ៍។"
            ),
        },
        "files": ["en"],
        "pages": {
            "en": [
                (
                    "Tourism brings jobs and opportunity, but people who want to harm children sometimes use travel "
                    "to reach them. This review looks at how the tourism sector and local communities notice and "
                    "respond to warning signs. It draws on interviews with staff and community members; all details "
                    "in this demo version are fictional."
                ),
                (
                    "Staff told us they were more confident to act when their workplace had a clear child "
                    "protection policy and a named person to contact. Warning signs they mentioned included an "
                    "adult bringing an unrelated child to a room, or offering gifts and money to children in the "
                    "street."
                ),
                (
                    "We recommend short training for front-line staff, visible hotline information at reception "
                    "desks and close cooperation with tourist police. Children should never be treated as "
                    "attractions, and visitors should be reminded that orphanage tourism and giving money to "
                    "children on the street can put them at risk."
                ),
            ],
            "km": [
                (
                    "ទេសចរណ៍នាំមកនូវការងារ និងឱកាស ប៉ុន្តែមនុស្សដែលចង់ធ្វើបាបកុមារ "
                    "ពេលខ្លះប្រើការធ្វើដំណើរដើម្បីចូលទៅជិតពួកគេ។ ការពិនិត្យនេះ សិក្សាពីរបៀបដែលវិស័យទេសចរណ៍ "
                    "និងសហគមន៍មូលដ្ឋាន សង្កេតឃើញ និងឆ្លើយតបនឹងសញ្ញាព្រមាន។ វាផ្អែកលើការសម្ភាសន៍ជាមួយបុគ្គលិក "
                    "និងសមាជិកសហគមន៍ ហើយព័ត៌មានលម្អិតទាំងអស់នៅក្នុងកំណែសាកល្បងនេះ គឺជារឿងប្រឌិត។"
                ),
                (
                    "បុគ្គលិកបានប្រាប់យើងថា ពួកគេមានទំនុកចិត្តជាងមុនក្នុងការចាត់វិធានការ "
                    "នៅពេលដែលកន្លែងធ្វើការរបស់ពួកគេមានគោលនយោបាយការពារកុមារច្បាស់លាស់ "
                    "និងមានមនុស្សទទួលបន្ទុកដែលត្រូវទាក់ទង។ សញ្ញាព្រមានដែលពួកគេបានលើកឡើង "
                    "រួមមានមនុស្សពេញវ័យនាំកុមារដែលមិនមែនជាសាច់ញាតិចូលបន្ទប់ ឬការផ្តល់អំណោយ និងលុយដល់កុមារនៅតាមផ្លូវ។"
                ),
                (
                    "យើងផ្តល់អនុសាសន៍ឱ្យមានការបណ្តុះបណ្តាលខ្លីៗសម្រាប់បុគ្គលិកជួរមុខ "
                    "ការបិទព័ត៌មានខ្សែទូរស័ព្ទបន្ទាន់ឱ្យឃើញច្បាស់នៅតុទទួលភ្ញៀវ "
                    "និងការសហការយ៉ាងជិតស្និទ្ធជាមួយនគរបាលទេសចរណ៍។ "
                    "កុមារមិនគួរត្រូវបានចាត់ទុកជាកន្លែងទាក់ទាញភ្ញៀវទេសចរឡើយ ហើយភ្ញៀវទេសចរគួរត្រូវបានរំលឹកថា "
                    "ទេសចរណ៍មណ្ឌលកុមារកំព្រា និងការឱ្យលុយដល់កុមារនៅតាមផ្លូវ អាចធ្វើឱ្យកុមារប្រឈមនឹងហានិភ័យ។"
                ),
            ],
        },
    },
    {
        "slug": "listening-to-children-justice-study",
        "library": "research-reports",
        "type": "research-report",
        "audiences": ["justice", "public"],
        "topics": ["child-friendly-justice", "survivor-care"],
        "year": 2023,
        "title": {
            "en": "Listening to children: experiences of the justice process",
            "km": "ការស្តាប់សំឡេងកុមារ៖ បទពិសោធន៍នៃដំណើរការយុត្តិធម៌",
        },
        "summary": {
            "en": (
                "A demo study of how children and families experience investigations and court hearings, with "
                "practical recommendations for justice professionals."
            ),
            "km": (
                "ការសិក្សាសាកល្បងអំពីបទពិសោធន៍របស់កុមារ និងគ្រួសារ ក្នុងការស៊ើបអង្កេត និងសវនាការនៅតុលាការ "
                "ព្រមទាំងអនុសាសន៍ជាក់ស្តែងសម្រាប់អ្នកជំនាញផ្នែកយុត្តិធម៌។"
            ),
        },
        "files": ["km"],
        "pages": {
            "en": [
                (
                    "Children who report abuse often meet many adults: police, prosecutors, judges, lawyers, "
                    "doctors and social workers. This study asked children, with the help of trained staff, and "
                    "their caregivers to describe what made the process easier or harder. Quotes and numbers in "
                    "this demo report are invented examples."
                ),
                (
                    "Children valued being told what would happen, meeting the same person more than once and not "
                    "having to see the accused person. Long waits, repeated questions and unclear decisions made "
                    "many feel anxious. Caregivers often struggled with the cost of travel and time away from work."
                ),
                (
                    "The study recommends child-friendly waiting rooms, the use of recorded interviews where the "
                    "law allows, regular updates to families and a single support worker for each child. Small "
                    "changes in practice can make a large difference to a child's recovery."
                ),
            ],
            "km": [
                (
                    "កុមារដែលរាយការណ៍អំពីការរំលោភបំពាន ច្រើនតែជួបមនុស្សពេញវ័យជាច្រើន ដូចជា នគរបាល ព្រះរាជអាជ្ញា "
                    "ចៅក្រម មេធាវី វេជ្ជបណ្ឌិត និងបុគ្គលិកសង្គមកិច្ច។ ការសិក្សានេះ បានស្នើសុំឱ្យកុមារ "
                    "ដោយមានជំនួយពីបុគ្គលិកដែលបានទទួលការបណ្តុះបណ្តាល និងអ្នកថែទាំរបស់ពួកគេ "
                    "រៀបរាប់ពីអ្វីដែលធ្វើឱ្យដំណើរការនេះកាន់តែងាយស្រួល ឬកាន់តែពិបាក។ សម្រង់សម្តី "
                    "និងតួលេខនៅក្នុងរបាយការណ៍សាកល្បងនេះ គឺជាឧទាហរណ៍ប្រឌិត។"
                ),
                (
                    "កុមារបានឱ្យតម្លៃលើការដែលគេប្រាប់ពួកគេពីអ្វីដែលនឹងកើតឡើង ការជួបមនុស្សដដែលច្រើនដង "
                    "និងការមិនចាំបាច់ជួបមុខជនជាប់ចោទ។ ការរង់ចាំយូរ សំណួរដដែលៗ និងការសម្រេចចិត្តដែលមិនច្បាស់លាស់ "
                    "បានធ្វើឱ្យកុមារជាច្រើនមានការថប់បារម្ភ។ អ្នកថែទាំច្រើនតែជួបការលំបាកជាមួយថ្លៃធ្វើដំណើរ "
                    "និងការខកខានការងារ។"
                ),
                (
                    "ការសិក្សានេះផ្តល់អនុសាសន៍ឱ្យមានបន្ទប់រង់ចាំបែបមិត្តភាពកុមារ "
                    "ការប្រើប្រាស់ការសម្ភាសន៍ដែលបានថតទុក នៅពេលដែលច្បាប់អនុញ្ញាត "
                    "ការផ្តល់ព័ត៌មានថ្មីៗដល់គ្រួសារជាប្រចាំ និងមានបុគ្គលិកគាំទ្រតែម្នាក់សម្រាប់កុមារម្នាក់ៗ។ "
                    "ការផ្លាស់ប្តូរតូចៗក្នុងការអនុវត្ត អាចបង្កើតភាពខុសគ្នាយ៉ាងធំចំពោះការជាសះស្បើយរបស់កុមារ។"
                ),
            ],
        },
    },
    {
        "slug": "report-it-dont-share-it-campaign-pack",
        "library": "campaign-materials",
        "type": "campaign-material",
        "audiences": ["public", "children"],
        "topics": ["reporting", "online-safety"],
        "year": 2021,
        "title": {
            "en": "“Report It. Don't Share It.” campaign pack",
            "km": "កញ្ចប់យុទ្ធនាការ «សូមរាយការណ៍ កុំចែករំលែក»",
        },
        "summary": {
            "en": (
                "Key messages, social media texts and activity ideas from APLE's 2021 campaign encouraging people "
                "to report images of child abuse instead of sharing them."
            ),
            "km": (
                "សារគន្លឹះ អត្ថបទសម្រាប់បណ្តាញសង្គម និងគំនិតសកម្មភាពនានា ពីយុទ្ធនាការឆ្នាំ ២០២១ របស់ APLE "
                "ដែលលើកទឹកចិត្តមនុស្សឱ្យរាយការណ៍រូបភាពនៃការរំលោភបំពានលើកុមារ ជំនួសឱ្យការចែករំលែក។"
            ),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "When an image or video of a child being abused appears in a chat group, many people forward it "
                    "out of shock or anger, hoping to expose the offender. In reality, every share harms the child "
                    "again and spreads the content further. This campaign offers a simple alternative: report it, "
                    "don't share it."
                ),
                (
                    "Key messages: do not forward, comment on or download the content; note where you saw it; "
                    "report it to the platform and to the APLE hotline on 092 311 511 or to the police on 1288; "
                    "then delete it from your device. Reporting can be anonymous."
                ),
                (
                    "The pack includes short texts for Facebook and TikTok, ideas for classroom discussions and a "
                    "template for a community event. Partners are welcome to translate or adapt the materials, as "
                    "long as the core message and the hotline numbers stay the same."
                ),
            ],
            "km": [
                (
                    "នៅពេលដែលរូបភាព ឬវីដេអូនៃការរំលោភបំពានលើកុមារ លេចឡើងនៅក្នុងក្រុមជជែក មនុស្សជាច្រើនបញ្ជូនបន្តវា "
                    "ដោយសារការភ្ញាក់ផ្អើល ឬកំហឹង ដោយសង្ឃឹមថានឹងលាតត្រដាងជនល្មើស។ តាមពិតទៅ ការចែករំលែកម្តងៗ "
                    "ធ្វើឱ្យកុមាររងគ្រោះម្តងទៀត និងធ្វើឱ្យខ្លឹមសារនោះរីករាលដាលកាន់តែខ្លាំង។ "
                    "យុទ្ធនាការនេះផ្តល់ជម្រើសដ៏សាមញ្ញមួយ៖ សូមរាយការណ៍ កុំចែករំលែក។"
                ),
                (
                    "សារគន្លឹះ៖ កុំបញ្ជូនបន្ត បញ្ចេញមតិ ឬទាញយកខ្លឹមសារនោះ។ សូមកត់ចំណាំកន្លែងដែលអ្នកបានឃើញវា។ "
                    "សូមរាយការណ៍ទៅវេទិកាអនឡាញ និងខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ ៥១១ ឬនគរបាលតាមលេខ "
                    "១២៨៨។ បន្ទាប់មក សូមលុបវាចេញពីឧបករណ៍របស់អ្នក។ ការរាយការណ៍អាចធ្វើឡើងដោយមិនបញ្ចេញឈ្មោះ។"
                ),
                (
                    "កញ្ចប់នេះរួមមានអត្ថបទខ្លីៗសម្រាប់ Facebook និង TikTok គំនិតសម្រាប់ការពិភាក្សាក្នុងថ្នាក់រៀន "
                    "និងគំរូសម្រាប់ព្រឹត្តិការណ៍សហគមន៍។ ដៃគូនានាអាចបកប្រែ ឬកែសម្រួលឯកសារទាំងនេះបាន ដរាបណាសារស្នូល "
                    "និងលេខខ្សែទូរស័ព្ទបន្ទាន់នៅតែដដែល។"
                ),
            ],
        },
    },
    {
        "slug": "report-it-dont-share-it-poster",
        "library": "campaign-materials",
        "type": "poster",
        "audiences": ["public", "children"],
        "topics": ["reporting", "online-safety"],
        "year": 2021,
        "title": {
            "en": "Poster: Report It. Don't Share It.",
            "km": "ផ្ទាំងប៉ូស្ទ័រ៖ សូមរាយការណ៍ កុំចែករំលែក",
        },
        "summary": {
            "en": (
                "A bold campaign poster for schools, internet shops and community notice boards, reminding everyone "
                "to report harmful images of children and never to share them."
            ),
            "km": (
                "ផ្ទាំងប៉ូស្ទ័រយុទ្ធនាការដ៏លេចធ្លោ សម្រាប់សាលារៀន ហាងអ៊ីនធឺណិត និងក្តារព័ត៌មានសហគមន៍ "
                "ដែលរំលឹកមនុស្សគ្រប់គ្នាឱ្យរាយការណ៍រូបភាពដែលបង្កគ្រោះថ្នាក់ដល់កុមារ ហើយមិនត្រូវចែករំលែកវាឡើយ។"
            ),
        },
        "files": ["km"],
        "pages": {
            "en": [
                (
                    "Saw an image or video online that shows a child being harmed? Stop before you do anything "
                    "else. Do not forward it, do not comment on it and do not save it. Every share hurts the child "
                    "again, even when you mean well."
                ),
                (
                    "Instead, report it. Tell the platform where you saw it, then call or message the APLE hotline "
                    "on 092 311 511, day or night, or call the police on 1288. You do not have to give your name, "
                    "and you will not be in trouble."
                ),
                (
                    "Print this poster in A3 or A2 size and display it where young people gather: school corridors, "
                    "youth clubs, internet shops and pagoda notice boards. Together we can stop harmful images from "
                    "spreading and help children get the protection they deserve."
                ),
            ],
            "km": [
                (
                    "តើអ្នកបានឃើញរូបភាព ឬវីដេអូនៅលើអនឡាញ ដែលបង្ហាញពីកុមារកំពុងរងគ្រោះដែរឬទេ? សូមឈប់សិន "
                    "មុននឹងធ្វើអ្វីផ្សេងទៀត។ កុំបញ្ជូនបន្ត កុំបញ្ចេញមតិ និងកុំរក្សាទុកវា។ ការចែករំលែកម្តងៗ "
                    "ធ្វើឱ្យកុមាររងឈឺចាប់ម្តងទៀត ទោះបីជាអ្នកមានចេតនាល្អក៏ដោយ។"
                ),
                (
                    "ផ្ទុយទៅវិញ សូមរាយការណ៍។ សូមប្រាប់វេទិកាអនឡាញដែលអ្នកបានឃើញវា បន្ទាប់មកទូរស័ព្ទ "
                    "ឬផ្ញើសារទៅខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ ៥១១ ទាំងយប់ទាំងថ្ងៃ "
                    "ឬទូរស័ព្ទទៅនគរបាលតាមលេខ ១២៨៨។ អ្នកមិនចាំបាច់ប្រាប់ឈ្មោះរបស់អ្នកទេ ហើយអ្នកនឹងមិនជួបបញ្ហាអ្វីឡើយ។"
                ),
                (
                    "សូមបោះពុម្ពផ្ទាំងប៉ូស្ទ័រនេះជាទំហំ A3 ឬ A2 ហើយបិទវានៅកន្លែងដែលយុវជនជួបជុំគ្នា "
                    "ដូចជាច្រករបៀងសាលារៀន ក្លឹបយុវជន ហាងអ៊ីនធឺណិត និងក្តារព័ត៌មាននៅវត្ត។ ជាមួយគ្នា "
                    "យើងអាចបញ្ឈប់ការរីករាលដាលនៃរូបភាពដែលបង្កគ្រោះថ្នាក់ "
                    "និងជួយឱ្យកុមារទទួលបានការការពារដែលពួកគេសមនឹងទទួលបាន។"
                ),
            ],
        },
    },
    {
        "slug": "hotline-poster",
        "library": "campaign-materials",
        "type": "poster",
        "audiences": ["public", "parents"],
        "topics": ["reporting"],
        "year": 2018,
        "title": {
            "en": "Poster: You can report child abuse, 24 hours a day",
            "km": "ផ្ទាំងប៉ូស្ទ័រ៖ អ្នកអាចរាយការណ៍អំពីការរំលោភបំពានលើកុមារបាន ២៤ម៉ោងក្នុងមួយថ្ងៃ",
        },
        "summary": {
            "en": (
                "A simple poster with the APLE hotline and police hotline numbers, designed for markets, health "
                "centres, guesthouses and commune offices."
            ),
            "km": (
                "ផ្ទាំងប៉ូស្ទ័រសាមញ្ញមួយ ដែលមានលេខខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE និងលេខខ្សែទូរស័ព្ទបន្ទាន់របស់នគរបាល "
                "ដែលរៀបចំឡើងសម្រាប់ផ្សារ មណ្ឌលសុខភាព ផ្ទះសំណាក់ និងសាលាឃុំ។"
            ),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "If you are worried that a child is being sexually abused or exploited, you do not have to be "
                    "certain before you speak up. Your call could be the first step towards keeping that child "
                    "safe. Trained staff will listen and decide with you what should happen next."
                ),
                (
                    "Call the APLE hotline on 092 311 511, available 24 hours a day, 7 days a week. In an "
                    "emergency, call the police on 1288. You may stay anonymous, and the information you share will "
                    "be handled carefully and confidentially."
                ),
                (
                    "This poster is free to print and display. Please place it where many adults pass by, such as "
                    "markets, bus stations, health centres, guesthouses and commune offices. Ask the APLE team if "
                    "you need copies in a different size. Thank you for helping."
                ),
            ],
            "km": [
                (
                    "ប្រសិនបើអ្នកព្រួយបារម្ភថា កុមារម្នាក់កំពុងរងការរំលោភបំពាន ឬការកេងប្រវ័ញ្ចផ្លូវភេទ "
                    "អ្នកមិនចាំបាច់ប្រាកដច្បាស់ មុននឹងនិយាយចេញមកនោះទេ។ ការហៅទូរស័ព្ទរបស់អ្នក "
                    "អាចជាជំហានដំបូងឆ្ពោះទៅរកការការពារកុមារនោះ។ បុគ្គលិកដែលបានទទួលការបណ្តុះបណ្តាលនឹងស្តាប់ "
                    "ហើយសម្រេចចិត្តជាមួយអ្នកថា តើគួរធ្វើអ្វីបន្ទាប់។"
                ),
                (
                    "សូមទូរស័ព្ទទៅខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ ៥១១ ដែលបើកដំណើរការ ២៤ម៉ោងក្នុងមួយថ្ងៃ "
                    "៧ថ្ងៃក្នុងមួយសប្តាហ៍។ ក្នុងករណីបន្ទាន់ សូមទូរស័ព្ទទៅនគរបាលតាមលេខ ១២៨៨។ "
                    "អ្នកអាចរក្សាការមិនបញ្ចេញឈ្មោះបាន ហើយព័ត៌មានដែលអ្នកចែករំលែកនឹងត្រូវបានគ្រប់គ្រងដោយប្រុងប្រយ័ត្ន "
                    "និងជាការសម្ងាត់។"
                ),
                (
                    "ផ្ទាំងប៉ូស្ទ័រនេះអាចបោះពុម្ព និងបិទផ្សាយដោយឥតគិតថ្លៃ។ "
                    "សូមបិទវានៅកន្លែងដែលមានមនុស្សពេញវ័យដើរកាត់ច្រើន ដូចជាផ្សារ ចំណតឡានក្រុង មណ្ឌលសុខភាព ផ្ទះសំណាក់ "
                    "និងសាលាឃុំ។ សូមសាកសួរក្រុមការងារ APLE ប្រសិនបើអ្នកត្រូវការច្បាប់ចម្លងក្នុងទំហំផ្សេង។ "
                    "សូមអរគុណចំពោះជំនួយរបស់អ្នក។"
                ),
            ],
        },
    },
    {
        "slug": "child-safe-travel-campaign",
        "library": "campaign-materials",
        "type": "campaign-material",
        "audiences": ["public"],
        "topics": ["tourism", "reporting"],
        "year": 2016,
        "title": {
            "en": "Child-safe travel: campaign materials for visitors and tourism businesses",
            "km": ("ការធ្វើដំណើរប្រកបដោយសុវត្ថិភាពសម្រាប់កុមារ៖ សម្ភារៈយុទ្ធនាការសម្រាប់ភ្ញៀវទេសចរ និងអាជីវកម្មទេសចរណ៍"),
        },
        "summary": {
            "en": (
                "Stickers, table cards and short messages that remind visitors and tourism staff how to keep "
                "children safe and where to report concerns."
            ),
            "km": (
                "ស្ទីគ័រ ប័ណ្ណដាក់លើតុ និងសារខ្លីៗ ដែលរំលឹកភ្ញៀវទេសចរ និងបុគ្គលិកទេសចរណ៍ "
                "អំពីរបៀបរក្សាសុវត្ថិភាពកុមារ និងកន្លែងរាយការណ៍ពេលមានការព្រួយបារម្ភ។"
            ),
        },
        "files": ["en"],
        "pages": {
            "en": [
                (
                    "Cambodia welcomes visitors from all over the world, and most come to enjoy its culture, people "
                    "and landscapes. A small number, however, travel with the intention of harming children. These "
                    "materials help everyone in the tourism chain send a clear message: children are not part of "
                    "the tourist experience."
                ),
                (
                    "The set includes a sticker for guesthouse doors, a table card for restaurants and reception "
                    "desks, and short messages for tour guides and tuk-tuk drivers to share with visitors. Each "
                    "item carries the APLE hotline 092 311 511 and the police hotline 1288."
                ),
                (
                    "Key advice for visitors: do not give money or gifts directly to children on the street; "
                    "support families through trusted organisations instead; never take children back to your room; "
                    "and if you see something that worries you, report it rather than stepping in alone."
                ),
            ],
            "km": [
                (
                    "កម្ពុជាស្វាគមន៍ភ្ញៀវទេសចរមកពីជុំវិញពិភពលោក ហើយភាគច្រើនមកដើម្បីរីករាយជាមួយវប្បធម៌ ប្រជាជន "
                    "និងទេសភាពរបស់ខ្លួន។ ប៉ុន្តែ មានមនុស្សមួយចំនួនតូច ធ្វើដំណើរមកដោយមានចេតនាធ្វើបាបកុមារ។ "
                    "សម្ភារៈទាំងនេះ ជួយមនុស្សគ្រប់គ្នាក្នុងខ្សែសង្វាក់ទេសចរណ៍ ឱ្យផ្ញើសារច្បាស់លាស់មួយ៖ "
                    "កុមារមិនមែនជាផ្នែកមួយនៃបទពិសោធន៍ទេសចរណ៍ឡើយ។"
                ),
                (
                    "សម្ភារៈនេះរួមមានស្ទីគ័រសម្រាប់បិទលើទ្វារផ្ទះសំណាក់ ប័ណ្ណដាក់លើតុសម្រាប់ភោជនីយដ្ឋាន "
                    "និងតុទទួលភ្ញៀវ និងសារខ្លីៗសម្រាប់មគ្គុទ្ទេសក៍ទេសចរណ៍ និងអ្នកបើករ៉ឺម៉ក "
                    "ដើម្បីចែករំលែកជាមួយភ្ញៀវទេសចរ។ សម្ភារៈនីមួយៗមានលេខខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE ០៩២ ៣១១ ៥១១ "
                    "និងលេខខ្សែទូរស័ព្ទបន្ទាន់របស់នគរបាល ១២៨៨។"
                ),
                (
                    "ដំបូន្មានគន្លឹះសម្រាប់ភ្ញៀវទេសចរ៖ កុំឱ្យលុយ ឬអំណោយដោយផ្ទាល់ដល់កុមារនៅតាមផ្លូវ "
                    "ប៉ុន្តែសូមគាំទ្រគ្រួសារតាមរយៈអង្គការដែលគួរឱ្យទុកចិត្តជំនួសវិញ។ "
                    "កុំនាំកុមារចូលទៅក្នុងបន្ទប់របស់អ្នកជាដាច់ខាត។ "
                    "ហើយប្រសិនបើអ្នកឃើញអ្វីមួយដែលធ្វើឱ្យអ្នកព្រួយបារម្ភ សូមរាយការណ៍ ជាជាងចូលអន្តរាគមន៍តែម្នាក់ឯង។"
                ),
            ],
        },
    },
    {
        "slug": "my-body-belongs-to-me",
        "library": "children",
        "type": "leaflet",
        "audiences": ["children"],
        "topics": ["body-safety", "reporting"],
        "year": 2019,
        "title": {
            "en": "My body belongs to me",
            "km": "រាងកាយរបស់ខ្ញុំ ជារបស់ខ្ញុំ",
        },
        "summary": {
            "en": (
                "A colourful leaflet for younger children about safe and unsafe touch, saying no and telling a "
                "trusted adult."
            ),
            "km": (
                "ខិត្តប័ណ្ណពណ៌ចម្រុះសម្រាប់កុមារតូចៗ អំពីការប៉ះពាល់ដែលមានសុវត្ថិភាព និងមិនមានសុវត្ថិភាព ការនិយាយថា "
                "«ទេ» និងការប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត។"
            ),
        },
        "files": ["km"],
        "pages": {
            "en": [
                (
                    "Your body is yours. Some touches feel good and safe, like a hug from your mum or a high five "
                    "from a friend. Other touches can make you feel scared, confused or uncomfortable. You are "
                    "allowed to say no to any touch you do not want, even from someone you know."
                ),
                (
                    "The parts of your body covered by your swimming clothes are private. Nobody should touch them, "
                    "ask to see them or take pictures of them, except a doctor or carer helping you stay clean and "
                    "healthy, with a parent there. Secrets about touching are never okay to keep."
                ),
                (
                    "If something happens that worries you, tell a grown-up you trust, like a parent, grandparent, "
                    "teacher or monk. If they do not listen, keep telling until someone helps. You can also call "
                    "the APLE hotline on 092 311 511. It is never your fault."
                ),
            ],
            "km": [
                (
                    "រាងកាយរបស់អ្នក ជារបស់អ្នក។ ការប៉ះពាល់ខ្លះធ្វើឱ្យអ្នកមានអារម្មណ៍ល្អ និងមានសុវត្ថិភាព "
                    "ដូចជាការឱបពីម្តាយ ឬការទះដៃគ្នាជាមួយមិត្តភក្តិ។ "
                    "ការប៉ះពាល់ខ្លះទៀតអាចធ្វើឱ្យអ្នកមានអារម្មណ៍ភ័យខ្លាច ច្របូកច្របល់ ឬមិនស្រួល។ "
                    "អ្នកមានសិទ្ធិនិយាយថា «ទេ» ចំពោះការប៉ះពាល់ណាមួយដែលអ្នកមិនចង់បាន "
                    "ទោះបីជាមកពីមនុស្សដែលអ្នកស្គាល់ក៏ដោយ។"
                ),
                (
                    "ផ្នែកនៃរាងកាយរបស់អ្នក ដែលគ្របដោយសម្លៀកបំពាក់ហែលទឹក គឺជាផ្នែកឯកជន។ គ្មាននរណាម្នាក់គួរប៉ះ សុំមើល "
                    "ឬថតរូបផ្នែកទាំងនោះទេ លើកលែងតែវេជ្ជបណ្ឌិត ឬអ្នកថែទាំដែលជួយឱ្យអ្នកស្អាត និងមានសុខភាពល្អ "
                    "ដោយមានឪពុក ឬម្តាយនៅជាមួយ។ អាថ៌កំបាំងអំពីការប៉ះពាល់ មិនមែនជារឿងដែលត្រូវលាក់ទុកនោះទេ។"
                ),
                (
                    "ប្រសិនបើមានរឿងអ្វីមួយកើតឡើង ដែលធ្វើឱ្យអ្នកព្រួយបារម្ភ សូមប្រាប់មនុស្សធំដែលអ្នកទុកចិត្ត "
                    "ដូចជាឪពុកម្តាយ ជីដូនជីតា គ្រូបង្រៀន ឬព្រះសង្ឃ។ ប្រសិនបើពួកគេមិនស្តាប់ "
                    "សូមបន្តប្រាប់រហូតដល់មាននរណាម្នាក់ជួយ។ អ្នកក៏អាចទូរស័ព្ទទៅខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ "
                    "០៩២ ៣១១ ៥១១ ផងដែរ។ វាមិនមែនជាកំហុសរបស់អ្នកឡើយ។"
                ),
            ],
        },
    },
    {
        "slug": "smart-and-safe-on-social-media",
        "library": "children",
        "type": "guide",
        "audiences": ["children"],
        "topics": ["online-safety", "sextortion"],
        "year": 2023,
        "title": {
            "en": "Smart and safe on social media: a guide for young people",
            "km": "ឆ្លាតវៃ និងមានសុវត្ថិភាពលើបណ្តាញសង្គម៖ មគ្គុទ្ទេសក៍សម្រាប់យុវជន",
        },
        "summary": {
            "en": (
                "Practical tips for teenagers on privacy settings, online friendships, pressure to send images and "
                "what to do when something goes wrong."
            ),
            "km": (
                "គន្លឹះជាក់ស្តែងសម្រាប់ក្មេងជំទង់ អំពីការកំណត់ឯកជនភាព មិត្តភាពនៅលើអនឡាញ សម្ពាធឱ្យផ្ញើរូបភាព "
                "និងអ្វីដែលត្រូវធ្វើនៅពេលមានរឿងមិនល្អកើតឡើង។"
            ),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "Social media can help you keep in touch with friends, learn new things and share what you "
                    "love. A few simple habits make it safer: keep your accounts private, use a strong password you "
                    "do not share, and think twice before posting your school, your address or photos that show "
                    "where you live."
                ),
                (
                    "Not everyone online is who they say they are. Be careful if a new contact flatters you, asks "
                    "lots of personal questions, wants to move the chat to a private app or asks you to keep the "
                    "friendship secret. These are common signs that someone may want to take advantage of you."
                ),
                (
                    "If anyone pressures you to send intimate pictures, or threatens to share pictures of you, stop "
                    "replying, do not pay or send anything, keep screenshots and tell an adult you trust. You can "
                    "contact the APLE hotline on 092 311 511. What happened is not your fault, and help is "
                    "available."
                ),
            ],
            "km": [
                (
                    "បណ្តាញសង្គមអាចជួយអ្នកឱ្យរក្សាទំនាក់ទំនងជាមួយមិត្តភក្តិ រៀនរឿងថ្មីៗ "
                    "និងចែករំលែកអ្វីដែលអ្នកចូលចិត្ត។ ទម្លាប់សាមញ្ញៗមួយចំនួន អាចធ្វើឱ្យវាកាន់តែមានសុវត្ថិភាព៖ "
                    "កំណត់គណនីរបស់អ្នកជាឯកជន ប្រើពាក្យសម្ងាត់ដែលរឹងមាំ ហើយមិនចែករំលែកវាជាមួយអ្នកណា "
                    "និងគិតឱ្យបានល្អិតល្អន់ មុននឹងបង្ហោះឈ្មោះសាលារៀន អាសយដ្ឋាន ឬរូបថតដែលបង្ហាញពីកន្លែងដែលអ្នករស់នៅ។"
                ),
                (
                    "មិនមែនមនុស្សគ្រប់គ្នានៅលើអនឡាញ សុទ្ធតែជាមនុស្សដូចដែលពួកគេប្រាប់នោះទេ។ សូមប្រុងប្រយ័ត្ន "
                    "ប្រសិនបើអ្នកទំនាក់ទំនងថ្មីម្នាក់ និយាយបញ្ជោរអ្នក សួរសំណួរផ្ទាល់ខ្លួនច្រើន "
                    "ចង់ប្តូរការជជែកទៅកម្មវិធីឯកជន ឬសុំឱ្យអ្នកលាក់មិត្តភាពនោះជាការសម្ងាត់។ "
                    "ទាំងនេះជាសញ្ញាទូទៅដែលបង្ហាញថា មនុស្សម្នាក់នោះប្រហែលជាចង់កេងប្រវ័ញ្ចពីអ្នក។"
                ),
                (
                    "ប្រសិនបើមាននរណាម្នាក់បង្ខិតបង្ខំឱ្យអ្នកផ្ញើរូបភាពឯកជន ឬគំរាមចែករំលែករូបភាពរបស់អ្នក "
                    "សូមឈប់ឆ្លើយតប កុំបង់លុយ ឬផ្ញើអ្វីទាំងអស់ រក្សាទុករូបថតអេក្រង់ "
                    "ហើយប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត។ អ្នកអាចទាក់ទងខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ "
                    "៥១១។ អ្វីដែលបានកើតឡើង មិនមែនជាកំហុសរបស់អ្នកទេ ហើយជំនួយតែងតែមានជានិច្ច។"
                ),
            ],
        },
    },
    {
        "slug": "you-can-always-tell-someone-poster",
        "library": "children",
        "type": "poster",
        "audiences": ["children"],
        "topics": ["reporting", "body-safety"],
        "year": 2020,
        "title": {
            "en": "Poster: You can always tell someone",
            "km": "ផ្ទាំងប៉ូស្ទ័រ៖ អ្នកតែងតែអាចប្រាប់នរណាម្នាក់បាន",
        },
        "summary": {
            "en": (
                "A friendly classroom poster reminding children that they can talk to a trusted adult or call the "
                "hotline about anything that worries them."
            ),
            "km": (
                "ផ្ទាំងប៉ូស្ទ័រដ៏រួសរាយសម្រាប់ថ្នាក់រៀន ដែលរំលឹកកុមារថា "
                "ពួកគេអាចនិយាយជាមួយមនុស្សពេញវ័យដែលពួកគេទុកចិត្ត ឬទូរស័ព្ទទៅខ្សែទូរស័ព្ទបន្ទាន់ "
                "អំពីរឿងអ្វីក៏ដោយដែលធ្វើឱ្យពួកគេព្រួយបារម្ភ។"
            ),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "Is something worrying you? Maybe someone touched you in a way you did not like, or someone "
                    "online is asking you to keep a secret. You do not have to deal with it on your own. Talking to "
                    "someone is brave, and it is the first step to feeling better."
                ),
                (
                    "Think of three grown-ups you trust: at home, at school and in your community. Write their "
                    "names in the hands on this poster. If one of them is busy or does not understand, go to the "
                    "next one. You deserve to be listened to."
                ),
                (
                    "You can also call the APLE hotline on 092 311 511 at any time, day or night. The people who "
                    "answer are kind and will not be angry with you. Teachers: please display this poster at "
                    "children's eye level in classrooms and corridors."
                ),
            ],
            "km": [
                (
                    "តើមានរឿងអ្វីដែលធ្វើឱ្យអ្នកព្រួយបារម្ភដែរឬទេ? ប្រហែលជាមាននរណាម្នាក់បានប៉ះពាល់អ្នក "
                    "តាមរបៀបដែលអ្នកមិនចូលចិត្ត ឬមាននរណាម្នាក់នៅលើអនឡាញ កំពុងសុំឱ្យអ្នកលាក់អាថ៌កំបាំងមួយ។ "
                    "អ្នកមិនចាំបាច់ដោះស្រាយវាតែម្នាក់ឯងទេ។ ការនិយាយប្រាប់នរណាម្នាក់ គឺជាភាពក្លាហាន "
                    "ហើយវាជាជំហានដំបូងដើម្បីឱ្យអ្នកមានអារម្មណ៍ប្រសើរឡើង។"
                ),
                (
                    "សូមគិតពីមនុស្សធំបីនាក់ដែលអ្នកទុកចិត្ត៖ នៅផ្ទះ នៅសាលារៀន និងនៅក្នុងសហគមន៍។ "
                    "សូមសរសេរឈ្មោះពួកគេនៅក្នុងរូបដៃនៅលើផ្ទាំងប៉ូស្ទ័រនេះ។ ប្រសិនបើម្នាក់ក្នុងចំណោមពួកគេរវល់ ឬមិនយល់ "
                    "សូមទៅរកម្នាក់បន្ទាប់។ អ្នកសមនឹងទទួលបានការស្តាប់។"
                ),
                (
                    "អ្នកក៏អាចទូរស័ព្ទទៅខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ ៥១១ បានគ្រប់ពេល "
                    "ទាំងយប់ទាំងថ្ងៃ។ អ្នកដែលលើកទូរស័ព្ទ មានចិត្តល្អ ហើយនឹងមិនខឹងនឹងអ្នកឡើយ។ ជូនចំពោះលោកគ្រូ "
                    "អ្នកគ្រូ៖ សូមបិទផ្ទាំងប៉ូស្ទ័រនេះនៅកម្រិតភ្នែករបស់កុមារ នៅក្នុងថ្នាក់រៀន និងច្រករបៀង។"
                ),
            ],
        },
    },
    {
        "slug": "when-something-online-doesnt-feel-right",
        "library": "children",
        "type": "video",
        "audiences": ["children", "parents"],
        "topics": ["online-safety", "reporting"],
        "year": 2022,
        "title": {
            "en": "Video: When something online doesn't feel right",
            "km": "វីដេអូ៖ នៅពេលដែលអ្វីមួយនៅលើអនឡាញ ហាក់ដូចជាមិនប្រក្រតី",
        },
        "summary": {
            "en": (
                "A short animated video in which two friends help each other after a stranger online starts asking "
                "too many personal questions."
            ),
            "km": (
                "វីដេអូគំនូរជីវចលខ្លីមួយ ដែលមិត្តភក្តិពីរនាក់ជួយគ្នាទៅវិញទៅមក បន្ទាប់ពីមនុស្សចម្លែកម្នាក់នៅលើអនឡាញ ចាប់ផ្តើមសួរសំណួរផ្ទាល់ខ្លួនច្រើនពេក។"
            ),
        },
        "files": ["en"],
        "pages": {
            "en": [
                (
                    "This document accompanies the animated video and contains a summary and discussion questions. "
                    "In the story, Dara receives friendly messages from someone he met in a game. Over time the "
                    "messages become more personal, and the new friend asks him to keep their chats a secret."
                ),
                (
                    "Dara feels uneasy and shows the messages to his friend Sophea. Together they decide not to "
                    "reply, take screenshots, block the account and tell Dara's older sister, who helps them report "
                    "it. The video ends with the message: if it feels wrong, tell someone."
                ),
                (
                    "Questions for discussion: What made Dara feel uncomfortable? Why do you think the stranger "
                    "wanted the chats kept secret? Who could you talk to if this happened to you? Facilitators "
                    "should keep the tone calm and remind children that asking for help is always the right choice."
                ),
            ],
            "km": [
                (
                    "ឯកសារនេះភ្ជាប់មកជាមួយវីដេអូគំនូរជីវចល ហើយមានសេចក្តីសង្ខេប និងសំណួរសម្រាប់ពិភាក្សា។ "
                    "នៅក្នុងរឿងនេះ ដារ៉ាបានទទួលសាររួសរាយពីមនុស្សម្នាក់ដែលគាត់បានស្គាល់នៅក្នុងហ្គេម។ យូរៗទៅ "
                    "សារទាំងនោះកាន់តែផ្ទាល់ខ្លួនឡើងៗ ហើយមិត្តថ្មីនោះសុំឱ្យគាត់លាក់ការជជែករបស់ពួកគេជាការសម្ងាត់។"
                ),
                (
                    "ដារ៉ាមានអារម្មណ៍មិនស្រួល ហើយបានបង្ហាញសារទាំងនោះដល់មិត្តរបស់គាត់ឈ្មោះ សុភា។ "
                    "ពួកគេរួមគ្នាសម្រេចចិត្តមិនឆ្លើយតប ថតរូបអេក្រង់ ប្លុកគណនីនោះ ហើយប្រាប់បងស្រីរបស់ដារ៉ា "
                    "ដែលបានជួយពួកគេរាយការណ៍។ វីដេអូនេះបញ្ចប់ដោយសារថា៖ ប្រសិនបើវាហាក់ដូចជាខុស សូមប្រាប់នរណាម្នាក់។"
                ),
                (
                    "សំណួរសម្រាប់ពិភាក្សា៖ តើអ្វីខ្លះដែលធ្វើឱ្យដារ៉ាមានអារម្មណ៍មិនស្រួល? តើអ្នកគិតថា "
                    "ហេតុអ្វីបានជាមនុស្សចម្លែកនោះចង់ឱ្យការជជែកត្រូវបានលាក់ជាការសម្ងាត់? តើអ្នកអាចនិយាយជាមួយនរណា "
                    "ប្រសិនបើរឿងនេះកើតឡើងចំពោះអ្នក? អ្នកសម្របសម្រួលគួររក្សាបរិយាកាសឱ្យស្ងប់ស្ងាត់ ហើយរំលឹកកុមារថា "
                    "ការសុំជំនួយតែងតែជាជម្រើសត្រឹមត្រូវជានិច្ច។"
                ),
            ],
        },
        "external_url": "https://www.youtube.com/watch?v=dQw0demo001",
    },
    {
        "slug": "talking-with-your-child-about-life-online",
        "library": "parents",
        "type": "guide",
        "audiences": ["parents"],
        "topics": ["online-safety", "parenting"],
        "year": 2024,
        "title": {
            "en": "Talking with your child about life online",
            "km": "ការនិយាយជាមួយកូនរបស់អ្នកអំពីជីវិតនៅលើអនឡាញ",
        },
        "summary": {
            "en": (
                "A short guide for parents and caregivers on starting open conversations about the internet, "
                "setting family rules together and responding calmly to problems."
            ),
            "km": (
                "មគ្គុទ្ទេសក៍ខ្លីមួយសម្រាប់ឪពុកម្តាយ និងអ្នកថែទាំ អំពីការចាប់ផ្តើមការសន្ទនាដោយបើកចំហអំពីអ៊ីនធឺណិត "
                "ការរួមគ្នាកំណត់ច្បាប់គ្រួសារ និងការឆ្លើយតបដោយស្ងប់ស្ងាត់ចំពោះបញ្ហា។"
            ),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "You do not need to be a technology expert to help your child stay safe online. What matters "
                    "most is that your child feels able to come to you. Start by showing interest: ask which apps "
                    "they enjoy, who they talk to and what they like about being online."
                ),
                (
                    "Agree on a few family rules together, such as where phones are kept at night and what personal "
                    "information should never be shared. Explain the reasons behind each rule. Children are more "
                    "likely to follow rules they helped to make, and to tell you when something goes wrong."
                ),
                (
                    "If your child tells you about a problem, stay calm, thank them for telling you and avoid "
                    "taking away their phone as a punishment. Keep evidence, help them block and report the "
                    "account, and contact the APLE hotline on 092 311 511 if you think a child is at risk."
                ),
            ],
            "km": [
                (
                    "អ្នកមិនចាំបាច់ជាអ្នកជំនាញបច្ចេកវិទ្យា ដើម្បីជួយកូនរបស់អ្នកឱ្យមានសុវត្ថិភាពនៅលើអនឡាញនោះទេ។ "
                    "អ្វីដែលសំខាន់បំផុត គឺកូនរបស់អ្នកមានអារម្មណ៍ថា គាត់អាចមករកអ្នកបាន។ "
                    "សូមចាប់ផ្តើមដោយបង្ហាញការចាប់អារម្មណ៍៖ សួរថាតើគាត់ចូលចិត្តកម្មវិធីណាខ្លះ គាត់និយាយជាមួយនរណា "
                    "និងអ្វីដែលគាត់ចូលចិត្តពេលនៅលើអនឡាញ។"
                ),
                (
                    "សូមរួមគ្នាឯកភាពលើច្បាប់គ្រួសារមួយចំនួន ដូចជាកន្លែងទុកទូរស័ព្ទនៅពេលយប់ "
                    "និងព័ត៌មានផ្ទាល់ខ្លួនណាខ្លះដែលមិនត្រូវចែករំលែកដាច់ខាត។ សូមពន្យល់ពីហេតុផលនៅពីក្រោយច្បាប់នីមួយៗ។ "
                    "កុមារទំនងជាគោរពតាមច្បាប់ដែលពួកគេបានចូលរួមបង្កើត និងប្រាប់អ្នកនៅពេលមានរឿងមិនល្អកើតឡើង។"
                ),
                (
                    "ប្រសិនបើកូនរបស់អ្នកប្រាប់អ្នកអំពីបញ្ហាណាមួយ សូមរក្សាភាពស្ងប់ស្ងាត់ អរគុណគាត់ដែលបានប្រាប់ "
                    "ហើយជៀសវាងការដកទូរស័ព្ទរបស់គាត់ជាការដាក់ទណ្ឌកម្ម។ សូមរក្សាទុកភស្តុតាង ជួយគាត់ប្លុក "
                    "និងរាយការណ៍គណនីនោះ ហើយទាក់ទងខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ ៥១១ "
                    "ប្រសិនបើអ្នកគិតថាកុមារកំពុងប្រឈមនឹងហានិភ័យ។"
                ),
            ],
        },
    },
    {
        "slug": "noticing-the-signs-leaflet",
        "library": "parents",
        "type": "leaflet",
        "audiences": ["parents"],
        "topics": ["body-safety", "reporting"],
        "year": 2020,
        "title": {
            "en": "Noticing the signs: a leaflet for parents and teachers",
            "km": "ការសង្កេតមើលសញ្ញា៖ ខិត្តប័ណ្ណសម្រាប់ឪពុកម្តាយ និងគ្រូបង្រៀន",
        },
        "summary": {
            "en": (
                "Explains changes in a child's behaviour that may signal abuse, and the simple steps adults can "
                "take if they are worried."
            ),
            "km": (
                "ពន្យល់អំពីការផ្លាស់ប្តូរឥរិយាបថរបស់កុមារ ដែលអាចជាសញ្ញានៃការរំលោភបំពាន "
                "និងជំហានសាមញ្ញៗដែលមនុស្សពេញវ័យអាចធ្វើបាន ប្រសិនបើពួកគេព្រួយបារម្ភ។"
            ),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "Children who are being abused rarely say so directly. More often, adults notice changes: a "
                    "child who was cheerful becomes withdrawn, has trouble sleeping, is afraid of a particular "
                    "person or place, or suddenly has money, gifts or a new phone that nobody can explain."
                ),
                (
                    "One sign alone does not prove that abuse is happening, since children change for many reasons. "
                    "But if you notice several signs, or your instinct tells you something is wrong, take it "
                    "seriously. Spend time with the child, give them chances to talk and write down what you "
                    "observe."
                ),
                (
                    "Do not confront the person you suspect, and do not ask the child many detailed questions. "
                    "Instead, contact the APLE hotline on 092 311 511 or the police on 1288 for advice. Trained "
                    "staff can help you decide on the next steps while keeping the child safe."
                ),
            ],
            "km": [
                (
                    "កុមារដែលកំពុងរងការរំលោភបំពាន កម្រនឹងនិយាយប្រាប់ដោយផ្ទាល់ណាស់។ ជារឿយៗ "
                    "មនុស្សពេញវ័យសង្កេតឃើញការផ្លាស់ប្តូរ៖ កុមារដែលធ្លាប់សប្បាយរីករាយ ក្លាយជាស្ងៀមស្ងាត់ គេងមិនលក់ "
                    "ខ្លាចមនុស្សណាម្នាក់ ឬកន្លែងណាមួយ ឬស្រាប់តែមានលុយ អំណោយ ឬទូរស័ព្ទថ្មី ដែលគ្មាននរណាអាចពន្យល់បាន។"
                ),
                (
                    "សញ្ញាតែមួយ មិនបញ្ជាក់ថាការរំលោភបំពានកំពុងកើតឡើងនោះទេ "
                    "ព្រោះកុមារអាចផ្លាស់ប្តូរដោយសារហេតុផលជាច្រើន។ ប៉ុន្តែ ប្រសិនបើអ្នកសង្កេតឃើញសញ្ញាច្រើន "
                    "ឬវិចារណញាណរបស់អ្នកប្រាប់ថា មានអ្វីមួយមិនប្រក្រតី សូមយកចិត្តទុកដាក់។ សូមចំណាយពេលជាមួយកុមារ "
                    "ផ្តល់ឱកាសឱ្យគាត់និយាយ និងកត់ត្រាអ្វីដែលអ្នកសង្កេតឃើញ។"
                ),
                (
                    "កុំប្រឈមមុខដាក់មនុស្សដែលអ្នកសង្ស័យ ហើយកុំសួរកុមារនូវសំណួរលម្អិតច្រើនពេក។ ផ្ទុយទៅវិញ "
                    "សូមទាក់ទងខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ ៥១១ ឬនគរបាលតាមលេខ ១២៨៨ "
                    "ដើម្បីសុំដំបូន្មាន។ បុគ្គលិកដែលបានទទួលការបណ្តុះបណ្តាល អាចជួយអ្នកសម្រេចចិត្តលើជំហានបន្ទាប់ "
                    "ខណៈពេលដែលរក្សាសុវត្ថិភាពកុមារ។"
                ),
            ],
        },
    },
    {
        "slug": "building-trust-at-home-toolkit",
        "library": "parents",
        "type": "toolkit",
        "audiences": ["parents"],
        "topics": ["parenting", "body-safety"],
        "year": 2025,
        "title": {
            "en": "Building trust at home: a parenting toolkit",
            "km": "ការកសាងការទុកចិត្តនៅក្នុងគ្រួសារ៖ កញ្ចប់ឧបករណ៍សម្រាប់ឪពុកម្តាយ",
        },
        "summary": {
            "en": (
                "Activity cards, conversation starters and checklists to help families build the kind of trust that "
                "keeps children safe."
            ),
            "km": ("កាតសកម្មភាព ប្រយោគចាប់ផ្តើមការសន្ទនា និងបញ្ជីត្រួតពិនិត្យ ដើម្បីជួយគ្រួសារកសាងការទុកចិត្ត ដែលជួយរក្សាសុវត្ថិភាពកុមារ។"),
        },
        "files": ["en"],
        "pages": {
            "en": [
                (
                    "Children who feel listened to at home are more likely to speak up when something is wrong. "
                    "This toolkit gives parents and caregivers small, everyday activities that build that trust, "
                    "from a few minutes of one-to-one time each day to family games that practise saying no "
                    "politely but firmly."
                ),
                (
                    "Conversation starters help open topics that can feel awkward, such as 'Who are the adults you "
                    "feel safe with?' or 'What would you do if a friend online asked for a photo?'. Use them during "
                    "ordinary moments, like walking to school or cooking together, rather than as a formal talk."
                ),
                (
                    "The toolkit also includes a checklist for choosing safe babysitters, tutors and activities, "
                    "and a card listing who to call for help: the APLE hotline on 092 311 511 and the police on "
                    "1288. Keep the card somewhere the whole family can see it."
                ),
            ],
            "km": [
                (
                    "កុមារដែលមានអារម្មណ៍ថាត្រូវបានគេស្តាប់នៅផ្ទះ ទំនងជានិយាយចេញមក នៅពេលដែលមានរឿងមិនល្អកើតឡើង។ "
                    "កញ្ចប់ឧបករណ៍នេះ ផ្តល់ដល់ឪពុកម្តាយ និងអ្នកថែទាំនូវសកម្មភាពតូចៗប្រចាំថ្ងៃ ដែលកសាងការទុកចិត្តនោះ "
                    "ចាប់ពីការចំណាយពេលប៉ុន្មាននាទីជាមួយកូនម្នាក់ៗជារៀងរាល់ថ្ងៃ រហូតដល់ល្បែងគ្រួសារ ដែលហាត់និយាយថា "
                    "«ទេ» ដោយគួរសម ប៉ុន្តែម៉ឺងម៉ាត់។"
                ),
                (
                    "ប្រយោគចាប់ផ្តើមការសន្ទនា ជួយបើកប្រធានបទដែលអាចហាក់ដូចជាពិបាកនិយាយ ដូចជា «តើមនុស្សធំណាខ្លះ "
                    "ដែលកូនមានអារម្មណ៍សុវត្ថិភាពពេលនៅជាមួយ?» ឬ «តើកូននឹងធ្វើអ្វី ប្រសិនបើមិត្តនៅលើអនឡាញសុំរូបថត?»។ "
                    "សូមប្រើវាក្នុងពេលធម្មតាៗ ដូចជាពេលដើរទៅសាលា ឬពេលធ្វើម្ហូបជាមួយគ្នា ជាជាងធ្វើជាការនិយាយផ្លូវការ។"
                ),
                (
                    "កញ្ចប់ឧបករណ៍នេះក៏មានបញ្ជីត្រួតពិនិត្យសម្រាប់ជ្រើសរើសអ្នកមើលថែក្មេង គ្រូបង្រៀនគួរ "
                    "និងសកម្មភាពដែលមានសុវត្ថិភាព និងកាតមួយដែលរាយឈ្មោះកន្លែងត្រូវទូរស័ព្ទសុំជំនួយ៖ "
                    "ខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ ៥១១ និងនគរបាលតាមលេខ ១២៨៨។ "
                    "សូមទុកកាតនេះនៅកន្លែងដែលសមាជិកគ្រួសារទាំងអស់អាចមើលឃើញ។"
                ),
            ],
        },
    },
    {
        "slug": "child-victims-and-witnesses-in-court-toolkit",
        "library": "justice",
        "type": "toolkit",
        "audiences": ["justice"],
        "topics": ["child-friendly-justice", "survivor-care"],
        "year": 2018,
        "title": {
            "en": "Supporting child victims and witnesses in court: a toolkit for justice professionals",
            "km": "ការគាំទ្រកុមាររងគ្រោះ និងកុមារសាក្សីនៅតុលាការ៖ កញ្ចប់ឧបករណ៍សម្រាប់អ្នកជំនាញផ្នែកយុត្តិធម៌",
        },
        "summary": {
            "en": (
                "Checklists and practical tools for judges, prosecutors, lawyers and court staff to reduce stress "
                "for children who give evidence."
            ),
            "km": (
                "បញ្ជីត្រួតពិនិត្យ និងឧបករណ៍ជាក់ស្តែងសម្រាប់ចៅក្រម ព្រះរាជអាជ្ញា មេធាវី និងបុគ្គលិកតុលាការ "
                "ដើម្បីកាត់បន្ថយភាពតានតឹងសម្រាប់កុមារដែលផ្តល់សក្ខីកម្ម។"
            ),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "Giving evidence can be one of the hardest moments for a child after abuse. This toolkit brings "
                    "together simple measures that courts can take within existing rules to reduce fear and help "
                    "children give their best evidence. It is intended for judges, prosecutors, lawyers, clerks and "
                    "support workers."
                ),
                (
                    "Before the hearing, arrange a short court visit so the child can see the room, explain each "
                    "person's role in simple words and agree on a signal the child can use to ask for a break. On "
                    "the day, keep waiting times short and the child separate from the accused."
                ),
                (
                    "During questioning, use short, clear sentences, one question at a time, and avoid raising your "
                    "voice. Where available, use a screen or video link. After the hearing, make sure someone "
                    "explains the outcome to the child and family, and that follow-up support is in place."
                ),
            ],
            "km": [
                (
                    "ការផ្តល់សក្ខីកម្ម អាចជាពេលវេលាដ៏លំបាកបំផុតមួយសម្រាប់កុមារ បន្ទាប់ពីការរំលោភបំពាន។ "
                    "កញ្ចប់ឧបករណ៍នេះ ប្រមូលផ្តុំវិធានការសាមញ្ញៗ "
                    "ដែលតុលាការអាចអនុវត្តបានក្នុងក្របខ័ណ្ឌនៃច្បាប់ដែលមានស្រាប់ ដើម្បីកាត់បន្ថយការភ័យខ្លាច "
                    "និងជួយឱ្យកុមារផ្តល់សក្ខីកម្មបានល្អបំផុត។ វាត្រូវបានរៀបចំឡើងសម្រាប់ចៅក្រម ព្រះរាជអាជ្ញា មេធាវី "
                    "ក្រឡាបញ្ជី និងបុគ្គលិកគាំទ្រ។"
                ),
                (
                    "មុនពេលសវនាការ សូមរៀបចំការទស្សនកិច្ចខ្លីមួយនៅតុលាការ ដើម្បីឱ្យកុមារបានឃើញបន្ទប់ "
                    "ពន្យល់ពីតួនាទីរបស់មនុស្សម្នាក់ៗជាពាក្យសាមញ្ញ និងឯកភាពលើសញ្ញាមួយ "
                    "ដែលកុមារអាចប្រើដើម្បីសុំសម្រាក។ នៅថ្ងៃសវនាការ សូមកាត់បន្ថយពេលរង់ចាំ "
                    "និងរក្សាកុមារឱ្យនៅដាច់ដោយឡែកពីជនជាប់ចោទ។"
                ),
                (
                    "ក្នុងអំឡុងពេលសាកសួរ សូមប្រើប្រយោគខ្លីៗ និងច្បាស់លាស់ សួរម្តងមួយសំណួរ ហើយជៀសវាងការដំឡើងសំឡេង។ "
                    "នៅកន្លែងដែលអាចធ្វើបាន សូមប្រើរបាំង ឬប្រព័ន្ធវីដេអូ។ បន្ទាប់ពីសវនាការ សូមធ្វើឱ្យប្រាកដថា "
                    "មាននរណាម្នាក់ពន្យល់ពីលទ្ធផលដល់កុមារ និងគ្រួសារ ហើយការគាំទ្រតាមដានបានរៀបចំរួចរាល់។"
                ),
            ],
        },
    },
    {
        "slug": "going-to-court-what-to-expect",
        "library": "justice",
        "type": "leaflet",
        "audiences": ["justice", "children", "parents"],
        "topics": ["child-friendly-justice"],
        "year": 2022,
        "title": {
            "en": "Going to court: what to expect",
            "km": "ការទៅតុលាការ៖ អ្វីដែលអ្នកគួររំពឹងទុក",
        },
        "summary": {
            "en": (
                "A leaflet that justice professionals can give to children and families before a hearing, "
                "explaining the court process in simple language."
            ),
            "km": ("ខិត្តប័ណ្ណមួយដែលអ្នកជំនាញផ្នែកយុត្តិធម៌ អាចផ្តល់ជូនកុមារ និងគ្រួសារ មុនពេលសវនាការ ដោយពន្យល់ពីដំណើរការតុលាការជាភាសាសាមញ្ញ។"),
        },
        "files": ["km"],
        "pages": {
            "en": [
                (
                    "You may have been asked to come to court because you know something important about what "
                    "happened. Going to court can feel scary, and that is normal. This leaflet explains what "
                    "happens there, so there are fewer surprises. You can ask questions at any time."
                ),
                (
                    "At court you will meet the judge, who listens and makes decisions, and the prosecutor, who "
                    "asks questions to find out the truth. A lawyer or support worker from APLE can stay with you. "
                    "Your job is only to tell the truth as you remember it. It is fine to say 'I don't know'."
                ),
                (
                    "If you feel tired or upset, you can ask for a break. You do not have to look at the person "
                    "accused. After the hearing, someone will explain what happens next. Parents and caregivers can "
                    "call the APLE hotline on 092 311 511 with any questions before or after the day."
                ),
            ],
            "km": [
                (
                    "អ្នកប្រហែលជាត្រូវបានគេស្នើសុំឱ្យមកតុលាការ ព្រោះអ្នកដឹងរឿងសំខាន់មួយចំនួនអំពីអ្វីដែលបានកើតឡើង។ "
                    "ការទៅតុលាការ អាចធ្វើឱ្យអ្នកមានអារម្មណ៍ភ័យខ្លាច ហើយនោះជារឿងធម្មតាទេ។ "
                    "ខិត្តប័ណ្ណនេះពន្យល់ពីអ្វីដែលកើតឡើងនៅទីនោះ ដើម្បីកុំឱ្យអ្នកភ្ញាក់ផ្អើលច្រើន។ "
                    "អ្នកអាចសួរសំណួរបានគ្រប់ពេល។"
                ),
                (
                    "នៅតុលាការ អ្នកនឹងជួបចៅក្រម ដែលជាអ្នកស្តាប់ និងធ្វើការសម្រេចចិត្ត និងព្រះរាជអាជ្ញា "
                    "ដែលជាអ្នកសួរសំណួរដើម្បីស្វែងរកការពិត។ មេធាវី ឬបុគ្គលិកគាំទ្រមកពី APLE អាចនៅជាមួយអ្នក។ "
                    "ការងាររបស់អ្នក គឺគ្រាន់តែនិយាយការពិតតាមអ្វីដែលអ្នកចងចាំប៉ុណ្ណោះ។ អ្នកអាចនិយាយថា "
                    "«ខ្ញុំមិនដឹងទេ» បាន។"
                ),
                (
                    "ប្រសិនបើអ្នកមានអារម្មណ៍អស់កម្លាំង ឬមិនសប្បាយចិត្ត អ្នកអាចសុំសម្រាកបាន។ "
                    "អ្នកមិនចាំបាច់មើលមុខជនជាប់ចោទទេ។ បន្ទាប់ពីសវនាការ "
                    "នឹងមាននរណាម្នាក់ពន្យល់ពីអ្វីដែលនឹងកើតឡើងបន្ទាប់។ ឪពុកម្តាយ និងអ្នកថែទាំ "
                    "អាចទូរស័ព្ទទៅខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ ៥១១ ប្រសិនបើមានសំណួរណាមួយ មុន "
                    "ឬក្រោយថ្ងៃសវនាការ។"
                ),
            ],
        },
    },
    {
        "slug": "responding-to-sextortion-cases-guide",
        "library": "justice",
        "type": "guide",
        "audiences": ["justice"],
        "topics": ["sextortion", "online-safety", "survivor-care"],
        "year": 2024,
        "title": {
            "en": "Responding to sextortion cases involving children: a guide for police and prosecutors",
            "km": ("ការឆ្លើយតបនឹងករណីជំរិតផ្លូវភេទតាមអនឡាញដែលពាក់ព័ន្ធនឹងកុមារ៖ មគ្គុទ្ទេសក៍សម្រាប់នគរបាល និងព្រះរាជអាជ្ញា"),
        },
        "summary": {
            "en": (
                "Guidance on treating young people in sextortion cases as victims, preserving evidence and working "
                "across borders with platforms and partner agencies."
            ),
            "km": (
                "ការណែនាំអំពីការចាត់ទុកយុវជនក្នុងករណីជំរិតផ្លូវភេទតាមអនឡាញជាជនរងគ្រោះ ការរក្សាភស្តុតាង "
                "និងការសហការឆ្លងដែនជាមួយវេទិកាអនឡាញ និងស្ថាប័នដៃគូ។"
            ),
        },
        "files": ["en"],
        "pages": {
            "en": [
                (
                    "In sextortion cases, an offender obtains intimate images of a young person and then threatens "
                    "to share them unless the victim sends more images or money. Offenders may be located in "
                    "another country. The young person often feels deep shame and may delay reporting for weeks."
                ),
                (
                    "The first principle of this guide is that the child is a victim, whatever images they sent. "
                    "Officers should avoid blaming language, explain that the offender is responsible and reassure "
                    "the child that they will not be punished. A calm first meeting makes it more likely the child "
                    "will continue to cooperate."
                ),
                (
                    "Preserve chat records, usernames, payment details and links before accounts disappear. Use "
                    "established channels to request data from platforms and to alert partner agencies abroad. Link "
                    "the child and family to counselling early, as the fear of exposure can continue long after "
                    "contact stops."
                ),
            ],
            "km": [
                (
                    "ក្នុងករណីជំរិតផ្លូវភេទតាមអនឡាញ ជនល្មើសទទួលបានរូបភាពឯកជនរបស់យុវជនម្នាក់ "
                    "ហើយបន្ទាប់មកគំរាមចែករំលែកវា លុះត្រាតែជនរងគ្រោះផ្ញើរូបភាពបន្ថែម ឬលុយ។ "
                    "ជនល្មើសអាចស្ថិតនៅក្នុងប្រទេសផ្សេង។ យុវជនច្រើនតែមានអារម្មណ៍ខ្មាស់អៀនយ៉ាងខ្លាំង "
                    "ហើយអាចពន្យារពេលរាយការណ៍រាប់សប្តាហ៍។"
                ),
                (
                    "គោលការណ៍ទីមួយនៃមគ្គុទ្ទេសក៍នេះ គឺកុមារជាជនរងគ្រោះ មិនថាពួកគេបានផ្ញើរូបភាពបែបណានោះទេ។ "
                    "មន្ត្រីគួរជៀសវាងពាក្យសម្តីដែលបន្ទោស ពន្យល់ថាជនល្មើសជាអ្នកទទួលខុសត្រូវ និងធានាដល់កុមារថា "
                    "ពួកគេនឹងមិនត្រូវទទួលទណ្ឌកម្មឡើយ។ ការជួបគ្នាលើកដំបូងដោយស្ងប់ស្ងាត់ ធ្វើឱ្យកុមារទំនងជាបន្តសហការ។"
                ),
                (
                    "សូមរក្សាទុកកំណត់ត្រាការជជែក ឈ្មោះអ្នកប្រើប្រាស់ ព័ត៌មានលម្អិតអំពីការទូទាត់ប្រាក់ និងតំណភ្ជាប់ "
                    "មុនពេលគណនីបាត់។ សូមប្រើប្រាស់បណ្តាញដែលបានបង្កើតឡើងរួចហើយ ដើម្បីស្នើសុំទិន្នន័យពីវេទិកាអនឡាញ "
                    "និងជូនដំណឹងដល់ស្ថាប័នដៃគូនៅបរទេស។ សូមភ្ជាប់កុមារ និងគ្រួសារទៅកាន់សេវាប្រឹក្សាយោបល់ឱ្យបានឆាប់ "
                    "ព្រោះការភ័យខ្លាចថានឹងត្រូវលាតត្រដាង អាចបន្តយូរ បន្ទាប់ពីទំនាក់ទំនងបានបញ្ឈប់។"
                ),
            ],
        },
    },
    {
        "slug": "how-to-report-suspected-child-abuse",
        "library": "informational",
        "type": "leaflet",
        "audiences": ["public", "parents"],
        "topics": ["reporting"],
        "year": 2023,
        "title": {
            "en": "How to report suspected child abuse",
            "km": "របៀបរាយការណ៍ នៅពេលសង្ស័យថាមានការរំលោភបំពានលើកុមារ",
        },
        "summary": {
            "en": (
                "A step-by-step leaflet explaining who to contact, what information helps and what happens after "
                "you make a report."
            ),
            "km": ("ខិត្តប័ណ្ណពន្យល់មួយជំហានម្តងៗ អំពីអ្នកដែលត្រូវទាក់ទង ព័ត៌មានណាដែលមានប្រយោជន៍ និងអ្វីដែលកើតឡើង បន្ទាប់ពីអ្នកធ្វើរបាយការណ៍។"),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "If a child is in immediate danger, call the police on 1288 straight away. For all other "
                    "concerns, including things you have seen online, contact the APLE hotline on 092 311 511, by "
                    "phone or message, 24 hours a day. You do not need proof; a reasonable worry is enough."
                ),
                (
                    "Useful information includes the child's approximate age, where and when you noticed the "
                    "problem, a description of the person involved and any links or screenshots. Do not investigate "
                    "on your own, and never forward images of abuse, even to show someone."
                ),
                (
                    "After you report, a trained analyst reviews the information and, if needed, works with the "
                    "police and social services to protect the child. Your identity is kept confidential. You may "
                    "not always hear the outcome, but your report may be the piece that helps a child."
                ),
            ],
            "km": [
                (
                    "ប្រសិនបើកុមារស្ថិតក្នុងគ្រោះថ្នាក់ភ្លាមៗ សូមទូរស័ព្ទទៅនគរបាលតាមលេខ ១២៨៨ ជាបន្ទាន់។ "
                    "សម្រាប់ការព្រួយបារម្ភផ្សេងទៀតទាំងអស់ រួមទាំងអ្វីដែលអ្នកបានឃើញនៅលើអនឡាញ "
                    "សូមទាក់ទងខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ ៥១១ តាមរយៈការហៅទូរស័ព្ទ ឬផ្ញើសារ "
                    "២៤ម៉ោងក្នុងមួយថ្ងៃ។ អ្នកមិនចាំបាច់មានភស្តុតាងទេ ការព្រួយបារម្ភដែលសមហេតុផលគឺគ្រប់គ្រាន់ហើយ។"
                ),
                (
                    "ព័ត៌មានដែលមានប្រយោជន៍ រួមមានអាយុប្រហាក់ប្រហែលរបស់កុមារ ទីកន្លែង "
                    "និងពេលវេលាដែលអ្នកបានសង្កេតឃើញបញ្ហា ការពិពណ៌នាអំពីមនុស្សដែលពាក់ព័ន្ធ និងតំណភ្ជាប់ "
                    "ឬរូបថតអេក្រង់ណាមួយ។ កុំស៊ើបអង្កេតដោយខ្លួនឯង ហើយកុំបញ្ជូនបន្តរូបភាពនៃការរំលោភបំពានជាដាច់ខាត "
                    "ទោះបីជាដើម្បីបង្ហាញនរណាម្នាក់ក៏ដោយ។"
                ),
                (
                    "បន្ទាប់ពីអ្នករាយការណ៍ អ្នកវិភាគដែលបានទទួលការបណ្តុះបណ្តាលនឹងពិនិត្យព័ត៌មាន ហើយប្រសិនបើចាំបាច់ "
                    "នឹងធ្វើការជាមួយនគរបាល និងសេវាសង្គមកិច្ច ដើម្បីការពារកុមារ។ "
                    "អត្តសញ្ញាណរបស់អ្នកត្រូវបានរក្សាជាការសម្ងាត់។ អ្នកប្រហែលជាមិនតែងតែដឹងពីលទ្ធផលនោះទេ "
                    "ប៉ុន្តែរបាយការណ៍របស់អ្នក អាចជាផ្នែកដែលជួយកុមារម្នាក់បាន។"
                ),
            ],
        },
    },
    {
        "slug": "about-aple-cambodia",
        "library": "informational",
        "type": "leaflet",
        "audiences": ["public"],
        "topics": ["reporting", "child-friendly-justice", "survivor-care"],
        "year": 2025,
        "title": {
            "en": "About APLE Cambodia",
            "km": "អំពីអង្គការ APLE កម្ពុជា",
        },
        "summary": {
            "en": (
                "An introduction to APLE's mission, services and ways to get involved, suitable for partners, "
                "visitors and new volunteers."
            ),
            "km": ("សេចក្តីណែនាំអំពីបេសកកម្ម សេវាកម្ម និងមធ្យោបាយចូលរួមជាមួយ APLE ដែលសមស្របសម្រាប់ដៃគូ ភ្ញៀវ និងអ្នកស្ម័គ្រចិត្តថ្មី។"),
        },
        "files": ["en", "km"],
        "pages": {
            "en": [
                (
                    "APLE Cambodia (Action Pour Les Enfants) is a Cambodian non-governmental organisation founded "
                    "in 2003. We work to protect children from sexual abuse and exploitation, both in their "
                    "communities and online, and to make sure that those who harm children are brought to justice."
                ),
                (
                    "Our work includes a 24/7 hotline for reports, support for police investigations, legal and "
                    "social support for children and families during the justice process, and prevention programmes "
                    "with schools, parents and the tourism sector. Everything we do is guided by the best interests "
                    "of the child."
                ),
                (
                    "You can help by learning the signs of abuse, sharing our hotline number 092 311 511, following "
                    "our campaigns and reporting concerns rather than ignoring them. Businesses and institutions "
                    "can partner with us on training and child protection policies. Together we can protect more "
                    "children."
                ),
            ],
            "km": [
                (
                    "អង្គការ APLE កម្ពុជា (Action Pour Les Enfants) គឺជាអង្គការមិនមែនរដ្ឋាភិបាលកម្ពុជា "
                    "ដែលបានបង្កើតឡើងក្នុងឆ្នាំ ២០០៣។ យើងធ្វើការដើម្បីការពារកុមារពីការរំលោភបំពាន "
                    "និងការកេងប្រវ័ញ្ចផ្លូវភេទ ទាំងនៅក្នុងសហគមន៍ និងនៅលើអនឡាញ ហើយធានាថាអ្នកដែលធ្វើបាបកុមារ "
                    "ត្រូវបាននាំខ្លួនមកទទួលយុត្តិធម៌។"
                ),
                (
                    "ការងាររបស់យើងរួមមាន ខ្សែទូរស័ព្ទបន្ទាន់ ២៤ម៉ោង ៧ថ្ងៃ សម្រាប់ទទួលរបាយការណ៍ "
                    "ការគាំទ្រការស៊ើបអង្កេតរបស់នគរបាល ការគាំទ្រផ្នែកច្បាប់ និងសង្គមដល់កុមារ "
                    "និងគ្រួសារក្នុងដំណើរការយុត្តិធម៌ និងកម្មវិធីបង្ការជាមួយសាលារៀន ឪពុកម្តាយ និងវិស័យទេសចរណ៍។ "
                    "អ្វីៗទាំងអស់ដែលយើងធ្វើ គឺផ្អែកលើឧត្តមប្រយោជន៍របស់កុមារ។"
                ),
                (
                    "អ្នកអាចជួយបាន ដោយរៀនស្គាល់សញ្ញានៃការរំលោភបំពាន ចែករំលែកលេខខ្សែទូរស័ព្ទបន្ទាន់របស់យើង ០៩២ ៣១១ "
                    "៥១១ តាមដានយុទ្ធនាការរបស់យើង និងរាយការណ៍ពីការព្រួយបារម្ភ ជាជាងមិនអើពើ។ អាជីវកម្ម និងស្ថាប័ននានា "
                    "អាចក្លាយជាដៃគូជាមួយយើង លើការបណ្តុះបណ្តាល និងគោលនយោបាយការពារកុមារ។ ជាមួយគ្នា "
                    "យើងអាចការពារកុមារបានកាន់តែច្រើន។"
                ),
            ],
        },
    },
    {
        "slug": "what-is-sextortion-fact-sheet",
        "library": "informational",
        "type": "guide",
        "audiences": ["public", "children"],
        "topics": ["sextortion", "online-safety"],
        "year": 2024,
        "title": {
            "en": "What is sextortion? A fact sheet",
            "km": "តើការជំរិតផ្លូវភេទតាមអនឡាញជាអ្វី? ឯកសារព័ត៌មានសង្ខេប",
        },
        "summary": {
            "en": (
                "A plain-language explanation of sextortion, how it usually starts and what young people and adults "
                "can do to stop it."
            ),
            "km": (
                "ការពន្យល់ជាភាសាងាយយល់ អំពីការជំរិតផ្លូវភេទតាមអនឡាញ របៀបដែលវាច្រើនតែចាប់ផ្តើម និងអ្វីដែលយុវជន "
                "និងមនុស្សពេញវ័យអាចធ្វើបាន ដើម្បីបញ្ឈប់វា។"
            ),
        },
        "files": ["en"],
        "pages": {
            "en": [
                (
                    "Sextortion is a form of online blackmail. Someone gets hold of an intimate image of a young "
                    "person, sometimes by pretending to be a friend or romantic partner, and then threatens to "
                    "share it unless they receive more images, money or other favours."
                ),
                (
                    "It often starts with a friendly message from an attractive profile, quick compliments and a "
                    "request to move to another app. The conversation becomes personal very fast. Once an image is "
                    "sent, the tone changes suddenly and the threats begin, often with a short deadline to create "
                    "panic."
                ),
                (
                    "If it happens: stop replying, do not pay, keep the evidence, report the account on the "
                    "platform and tell a trusted adult. Contact the APLE hotline on 092 311 511 for confidential "
                    "help. Adults should respond with calm support; the young person is a victim, not the one to "
                    "blame."
                ),
            ],
            "km": [
                (
                    "ការជំរិតផ្លូវភេទតាមអនឡាញ គឺជាទម្រង់មួយនៃការគំរាមកំហែងដើម្បីទាមទារនៅលើអនឡាញ។ "
                    "មនុស្សម្នាក់ទទួលបានរូបភាពឯកជនរបស់យុវជនម្នាក់ ពេលខ្លះដោយក្លែងខ្លួនជាមិត្តភក្តិ ឬសង្សារ "
                    "ហើយបន្ទាប់មកគំរាមចែករំលែកវា លុះត្រាតែពួកគេទទួលបានរូបភាពបន្ថែម លុយ ឬអ្វីផ្សេងទៀត។"
                ),
                (
                    "វាច្រើនតែចាប់ផ្តើមដោយសាររួសរាយពីគណនីដែលមានរូបភាពទាក់ទាញ ការសរសើររហ័ស "
                    "និងការស្នើសុំប្តូរទៅកម្មវិធីផ្សេង។ ការសន្ទនាក្លាយជារឿងផ្ទាល់ខ្លួនយ៉ាងលឿន។ "
                    "នៅពេលរូបភាពមួយត្រូវបានផ្ញើ ទឹកដមសម្តីក៏ផ្លាស់ប្តូរភ្លាមៗ ហើយការគំរាមកំហែងក៏ចាប់ផ្តើម "
                    "ជារឿយៗដោយកំណត់ពេលខ្លីៗ ដើម្បីបង្កការភ័យស្លន់ស្លោ។"
                ),
                (
                    "ប្រសិនបើវាកើតឡើង៖ សូមឈប់ឆ្លើយតប កុំបង់លុយ រក្សាទុកភស្តុតាង រាយការណ៍គណនីនោះនៅលើវេទិកាអនឡាញ "
                    "ហើយប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត។ សូមទាក់ទងខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ ៥១១ "
                    "ដើម្បីទទួលបានជំនួយជាការសម្ងាត់។ មនុស្សពេញវ័យគួរឆ្លើយតបដោយការគាំទ្រយ៉ាងស្ងប់ស្ងាត់ "
                    "ព្រោះយុវជនគឺជាជនរងគ្រោះ មិនមែនជាអ្នកដែលត្រូវបន្ទោសនោះទេ។"
                ),
            ],
        },
    },
]

COURSES = [
    {
        "slug": "staying-safe-online",
        "title": {
            "en": "Staying safe online",
            "km": "ការរក្សាសុវត្ថិភាពនៅលើអនឡាញ",
        },
        "summary": {
            "en": (
                "A short course for young people about protecting your privacy, spotting people who may want to "
                "harm you and getting help when something goes wrong online."
            ),
            "km": (
                "វគ្គសិក្សាខ្លីមួយសម្រាប់យុវជន អំពីការការពារឯកជនភាពរបស់អ្នក "
                "ការស្គាល់មនុស្សដែលប្រហែលជាចង់ធ្វើបាបអ្នក និងការស្វែងរកជំនួយ នៅពេលមានរឿងមិនល្អកើតឡើងនៅលើអនឡាញ។"
            ),
        },
        "audience": "children",
        "language": "both",
        "duration": {
            "en": "About 45 minutes",
            "km": "ប្រហែល ៤៥ នាទី",
        },
        "outcomes": {
            "en": [
                "Set up your accounts so that strangers see as little as possible",
                "Recognise the warning signs of someone trying to trick or groom you",
                "Know what to do if someone pressures or threatens you online",
                "Know who you can talk to and how to report a problem",
            ],
            "km": [
                "កំណត់គណនីរបស់អ្នក ដើម្បីឱ្យមនុស្សចម្លែកមើលឃើញព័ត៌មានរបស់អ្នកតិចបំផុតតាមដែលអាចធ្វើបាន",
                "ស្គាល់សញ្ញាព្រមាន នៅពេលមាននរណាម្នាក់ព្យាយាមបោកបញ្ឆោត ឬល្បួងអ្នក",
                "ដឹងពីអ្វីដែលត្រូវធ្វើ ប្រសិនបើមាននរណាម្នាក់បង្ខិតបង្ខំ ឬគំរាមកំហែងអ្នកនៅលើអនឡាញ",
                "ដឹងថាអ្នកអាចនិយាយជាមួយនរណា និងរបៀបរាយការណ៍ពីបញ្ហា",
            ],
        },
        "lessons": [
            {
                "slug": "your-privacy-and-online-footprint",
                "title": {
                    "en": "Your privacy and your online footprint",
                    "km": "ឯកជនភាព និងដានរបស់អ្នកនៅលើអនឡាញ",
                },
                "intro": {
                    "en": (
                        "Everything you post leaves a trace. In this lesson you will learn how to decide what to "
                        "share and how to lock down your accounts."
                    ),
                    "km": (
                        "អ្វីៗទាំងអស់ដែលអ្នកបង្ហោះ បន្សល់ទុកនូវដាន។ នៅក្នុងមេរៀននេះ "
                        "អ្នកនឹងរៀនពីរបៀបសម្រេចចិត្តថាត្រូវចែករំលែកអ្វី និងរបៀបការពារគណនីរបស់អ្នក។"
                    ),
                },
                "topics": [
                    {
                        "title": {
                            "en": "What is personal information?",
                            "km": "តើព័ត៌មានផ្ទាល់ខ្លួនជាអ្វី?",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>Personal information is anything that could help someone find you or "
                                        "learn private things about you. Some examples are:</p><ul><li>your full "
                                        "name, home address and phone number</li><li>the name of your school or the "
                                        "uniform you wear in photos</li><li>your passwords and the answers to "
                                        "security questions</li><li>photos that show where you are right "
                                        "now</li></ul><p>Sharing some things with close friends and family is "
                                        "normal. The important skill is to <b>pause and think</b> before you share: "
                                        "who will see this, and could a stranger use it?</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": "Which of these is the safest thing to post publicly?",
                                        "options": [
                                            {
                                                "text": "A photo of you outside your school gate in uniform",
                                                "correct": False,
                                                "feedback": (
                                                    "This shows which school you attend, so a stranger could work "
                                                    "out where to find you."
                                                ),
                                            },
                                            {
                                                "text": "A drawing you made of your favourite animal",
                                                "correct": True,
                                                "feedback": (
                                                    "Correct! A drawing shares your talent without giving away "
                                                    "where you are or who you are."
                                                ),
                                            },
                                            {
                                                "text": "Your new phone number so friends can message you",
                                                "correct": False,
                                                "feedback": (
                                                    "Share your number privately with people you know, not in a "
                                                    "public post."
                                                ),
                                            },
                                            {
                                                "text": "A photo of your house with the street sign visible",
                                                "correct": False,
                                                "feedback": "This shows where you live. Keep your address private.",
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>ព័ត៌មានផ្ទាល់ខ្លួន គឺជាអ្វីៗដែលអាចជួយឱ្យនរណាម្នាក់រកឃើញអ្នក "
                                        "ឬដឹងរឿងឯកជនអំពីអ្នក។ ឧទាហរណ៍មួយចំនួនមាន៖</p><ul><li>ឈ្មោះពេញ អាសយដ្ឋានផ្ទះ "
                                        "និងលេខទូរស័ព្ទរបស់អ្នក</li><li>ឈ្មោះសាលារៀនរបស់អ្នក "
                                        "ឬឯកសណ្ឋានដែលអ្នកពាក់នៅក្នុងរូបថត</li><li>ពាក្យសម្ងាត់ "
                                        "និងចម្លើយនៃសំណួរសុវត្ថិភាពរបស់អ្នក</li><li>រូបថតដែលបង្ហាញថាអ្នកកំពុងនៅទីណាឥ"
                                        "ឡូវនេះ</li></ul><p>ការចែករំលែករឿងខ្លះជាមួយមិត្តជិតស្និទ្ធ និងក្រុមគ្រួសារ "
                                        "គឺជារឿងធម្មតា។ ជំនាញសំខាន់ គឺ<b>ឈប់ ហើយគិតសិន</b> មុនពេលអ្នកចែករំលែក៖ "
                                        "តើនរណានឹងឃើញវា ហើយតើមនុស្សចម្លែកអាចប្រើវាបានដែរឬទេ?</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": ("តើមួយណាក្នុងចំណោមទាំងនេះ មានសុវត្ថិភាពបំផុតសម្រាប់បង្ហោះជាសាធារណៈ?"),
                                        "options": [
                                            {
                                                "text": "រូបថតរបស់អ្នកនៅមុខទ្វារសាលារៀន ពាក់ឯកសណ្ឋាន",
                                                "correct": False,
                                                "feedback": (
                                                    "រូបនេះបង្ហាញថាអ្នករៀននៅសាលាណា ដូច្នេះមនុស្សចម្លែកអាចដឹងថាត្រូវរកអ្នកនៅឯណា។"
                                                ),
                                            },
                                            {
                                                "text": "គំនូរសត្វដែលអ្នកចូលចិត្តបំផុត ដែលអ្នកបានគូរ",
                                                "correct": True,
                                                "feedback": (
                                                    "ត្រឹមត្រូវ! គំនូរបង្ហាញពីទេពកោសល្យរបស់អ្នក ដោយមិនបង្ហាញថាអ្នកនៅទីណា ឬអ្នកជានរណា។"
                                                ),
                                            },
                                            {
                                                "text": "លេខទូរស័ព្ទថ្មីរបស់អ្នក ដើម្បីឱ្យមិត្តភក្តិអាចផ្ញើសារមកបាន",
                                                "correct": False,
                                                "feedback": (
                                                    "សូមចែករំលែកលេខរបស់អ្នកជាឯកជន ជាមួយមនុស្សដែលអ្នកស្គាល់ "
                                                    "មិនមែនក្នុងការបង្ហោះជាសាធារណៈទេ។"
                                                ),
                                            },
                                            {
                                                "text": "រូបថតផ្ទះរបស់អ្នក ដែលឃើញស្លាកឈ្មោះផ្លូវ",
                                                "correct": False,
                                                "feedback": ("រូបនេះបង្ហាញពីកន្លែងដែលអ្នករស់នៅ។ សូមរក្សាអាសយដ្ឋានរបស់អ្នកជាឯកជន។"),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "title": {
                            "en": "Locking down your accounts",
                            "km": "ការការពារគណនីរបស់អ្នក",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>Most apps let you choose who can see your posts, send you messages and "
                                        "find your profile. Take five minutes to check your "
                                        "settings:</p><ol><li>Set your account to <b>private</b>, so only people "
                                        "you accept can see your posts.</li><li>Turn off location sharing on photos "
                                        "and posts.</li><li>Only accept friend requests from people you know in "
                                        "real life.</li><li>Use a long password that you do not use anywhere else, "
                                        "and never share it, even with a best friend.</li></ol>"
                                    ),
                                },
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>Settings can change when apps update, so check them again every few "
                                        "months. If you are not sure how, ask an older sibling, a parent or a "
                                        "teacher to look at them with you.</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "Your best friend asks for your password so she can post something "
                                            "funny on your account. What should you do?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Give it to her, because she is your best friend",
                                                "correct": False,
                                                "feedback": (
                                                    "Even good friends can make mistakes or fall out with you. Your "
                                                    "password should stay yours alone."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Say no kindly, and offer to post it together from your own phone"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Well done! You keep control of your account and still share "
                                                    "the fun."
                                                ),
                                            },
                                            {
                                                "text": "Give it to her, then change it next month",
                                                "correct": False,
                                                "feedback": (
                                                    "A lot can happen in a month. It is safer not to share it at all."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>កម្មវិធីភាគច្រើន អនុញ្ញាតឱ្យអ្នកជ្រើសរើសថា "
                                        "នរណាអាចមើលឃើញការបង្ហោះរបស់អ្នក ផ្ញើសារមកអ្នក និងស្វែងរកប្រូហ្វាលរបស់អ្នក។ "
                                        "សូមចំណាយពេលប្រាំនាទី ដើម្បីពិនិត្យការកំណត់របស់អ្នក៖</p><ol><li>កំណត់គណនីរប"
                                        "ស់អ្នកជា<b>ឯកជន</b> ដើម្បីឱ្យមានតែមនុស្សដែលអ្នកទទួលយកប៉ុណ្ណោះ "
                                        "ដែលអាចមើលឃើញការបង្ហោះរបស់អ្នក។</li><li>បិទការចែករំលែកទីតាំងនៅលើរូបថត "
                                        "និងការបង្ហោះ។</li><li>ទទួលយកការស្នើសុំជាមិត្ត "
                                        "តែពីមនុស្សដែលអ្នកស្គាល់ក្នុងជីវិតពិតប៉ុណ្ណោះ។</li><li>ប្រើពាក្យសម្ងាត់វែង "
                                        "ដែលអ្នកមិនប្រើនៅកន្លែងផ្សេង ហើយកុំចែករំលែកវាជាដាច់ខាត "
                                        "សូម្បីតែជាមួយមិត្តជិតស្និទ្ធបំផុត។</li></ol>"
                                    ),
                                },
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>ការកំណត់អាចផ្លាស់ប្តូរ នៅពេលកម្មវិធីធ្វើបច្ចុប្បន្នភាព "
                                        "ដូច្នេះសូមពិនិត្យវាម្តងទៀតរៀងរាល់ពីរបីខែម្តង។ "
                                        "ប្រសិនបើអ្នកមិនប្រាកដថាត្រូវធ្វើដូចម្តេច សូមសុំឱ្យបងប្អូន ឪពុកម្តាយ "
                                        "ឬគ្រូបង្រៀន ជួយពិនិត្យជាមួយអ្នក។</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "មិត្តជិតស្និទ្ធបំផុតរបស់អ្នក សុំពាក្យសម្ងាត់របស់អ្នក "
                                            "ដើម្បីបង្ហោះអ្វីមួយគួរឱ្យអស់សំណើចនៅលើគណនីរបស់អ្នក។ តើអ្នកគួរធ្វើអ្វី?"
                                        ),
                                        "options": [
                                            {
                                                "text": "ឱ្យនាង ព្រោះនាងជាមិត្តជិតស្និទ្ធបំផុតរបស់អ្នក",
                                                "correct": False,
                                                "feedback": (
                                                    "សូម្បីតែមិត្តល្អ ក៏អាចធ្វើខុស ឬខ្វែងគំនិតជាមួយអ្នកដែរ។ "
                                                    "ពាក្យសម្ងាត់របស់អ្នក គួរតែជារបស់អ្នកតែម្នាក់គត់។"
                                                ),
                                            },
                                            {
                                                "text": ("បដិសេធដោយសុភាព ហើយស្នើរួមគ្នាបង្ហោះវាពីទូរស័ព្ទរបស់អ្នកផ្ទាល់"),
                                                "correct": True,
                                                "feedback": (
                                                    "ល្អណាស់! អ្នកនៅតែគ្រប់គ្រងគណនីរបស់អ្នក ហើយនៅតែចែករំលែកភាពសប្បាយជាមួយគ្នាបាន។"
                                                ),
                                            },
                                            {
                                                "text": "ឱ្យនាង បន្ទាប់មកប្តូរវានៅខែក្រោយ",
                                                "correct": False,
                                                "feedback": (
                                                    "រឿងជាច្រើនអាចកើតឡើងក្នុងរយៈពេលមួយខែ។ វាមានសុវត្ថិភាពជាង "
                                                    "ប្រសិនបើមិនចែករំលែកវាតែម្តង។"
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "spotting-tricks-and-unsafe-friendships",
                "title": {
                    "en": "Spotting tricks and unsafe friendships",
                    "km": "ការស្គាល់ល្បិចបោកបញ្ឆោត និងមិត្តភាពដែលគ្មានសុវត្ថិភាព",
                },
                "intro": {
                    "en": (
                        "Most people online are friendly, but some pretend in order to trick young people. This "
                        "lesson helps you notice the warning signs early."
                    ),
                    "km": (
                        "មនុស្សភាគច្រើននៅលើអនឡាញ មានភាពរួសរាយ ប៉ុន្តែអ្នកខ្លះក្លែងបន្លំ ដើម្បីបោកបញ្ឆោតយុវជន។ "
                        "មេរៀននេះជួយអ្នកឱ្យសង្កេតឃើញសញ្ញាព្រមានតាំងពីដំបូង។"
                    ),
                },
                "topics": [
                    {
                        "title": {
                            "en": "How grooming works",
                            "km": "របៀបដែលការល្បួងបញ្ឆោតកើតឡើង",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p><b>Grooming</b> is when someone builds a friendship or relationship "
                                        "with a young person so that they can later take advantage of them. It "
                                        "often happens slowly and can feel very nice at first.</p><p>Watch out if a "
                                        "new online friend:</p><ul><li>gives you lots of compliments, gifts or "
                                        "phone credit</li><li>says they understand you better than your family "
                                        "does</li><li>asks you to keep your chats a secret</li><li>wants to move to "
                                        "a private app or video call quickly</li><li>starts talking about your body "
                                        "or asks for photos</li></ul><p>None of this is your fault. People who "
                                        "groom are skilled at making it feel normal.</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": "Which message is the biggest warning sign?",
                                        "options": [
                                            {
                                                "text": "“Good game! Want to play again tomorrow?”",
                                                "correct": False,
                                                "feedback": "This is a normal, friendly message with no pressure.",
                                            },
                                            {
                                                "text": (
                                                    "“Don't tell your parents about me. They wouldn't understand us.”"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Right. Asking you to keep a friendship secret from your family "
                                                    "is a classic warning sign."
                                                ),
                                            },
                                            {
                                                "text": "“What's your favourite subject at school?”",
                                                "correct": False,
                                                "feedback": (
                                                    "On its own this is an ordinary question, though it is wise not "
                                                    "to say which school you go to."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p><b>ការល្បួងបញ្ឆោត</b> (<span lang='en'>grooming</span>) "
                                        "គឺជាការដែលមនុស្សម្នាក់កសាងមិត្តភាព "
                                        "ឬទំនាក់ទំនងជាមួយយុវជនម្នាក់ ដើម្បីកេងប្រវ័ញ្ចពីពួកគេនៅពេលក្រោយ។ "
                                        "វាច្រើនតែកើតឡើងបន្តិចម្តងៗ "
                                        "ហើយអាចមានអារម្មណ៍ល្អណាស់នៅពេលដំបូង។</p><p>សូមប្រុងប្រយ័ត្ន "
                                        "ប្រសិនបើមិត្តថ្មីនៅលើអនឡាញ៖</p><ul><li>សរសើរអ្នកច្រើន ផ្តល់អំណោយ "
                                        "ឬកាតទូរស័ព្ទ</li><li>និយាយថាពួកគេយល់ពីអ្នកច្បាស់ជាងក្រុមគ្រួសាររបស់អ្នក</li"
                                        "><li>សុំឱ្យអ្នកលាក់ការជជែករបស់អ្នកជាការសម្ងាត់</li><li>ចង់ប្តូរទៅកម្មវិធីឯក"
                                        "ជន ឬការហៅជាវីដេអូយ៉ាងឆាប់រហ័ស</li><li>ចាប់ផ្តើមនិយាយអំពីរាងកាយរបស់អ្នក "
                                        "ឬសុំរូបថត</li></ul><p>រឿងទាំងនេះ មិនមែនជាកំហុសរបស់អ្នកទេ។ "
                                        "អ្នកដែលល្បួងបញ្ឆោត មានជំនាញក្នុងការធ្វើឱ្យវាហាក់ដូចជារឿងធម្មតា។</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": "តើសារមួយណា ជាសញ្ញាព្រមានធំជាងគេ?",
                                        "options": [
                                            {
                                                "text": "«លេងបានល្អណាស់! ចង់លេងម្តងទៀតនៅថ្ងៃស្អែកទេ?»",
                                                "correct": False,
                                                "feedback": "នេះជាសាររួសរាយធម្មតា ដែលគ្មានការបង្ខិតបង្ខំ។",
                                            },
                                            {
                                                "text": ("«កុំប្រាប់ឪពុកម្តាយរបស់អ្នកអំពីខ្ញុំ។ ពួកគាត់មិនយល់ពីយើងទេ។»"),
                                                "correct": True,
                                                "feedback": (
                                                    "ត្រឹមត្រូវ។ ការសុំឱ្យអ្នកលាក់មិត្តភាពពីក្រុមគ្រួសាររបស់អ្នក គឺជាសញ្ញាព្រមានដ៏ច្បាស់មួយ។"
                                                ),
                                            },
                                            {
                                                "text": "«តើអ្នកចូលចិត្តមុខវិជ្ជាអ្វីបំផុតនៅសាលា?»",
                                                "correct": False,
                                                "feedback": (
                                                    "ប្រសិនបើតែសំណួរនេះ វាជាសំណួរធម្មតា ប៉ុន្តែវាជាការល្អ "
                                                    "ដែលមិនប្រាប់ឈ្មោះសាលាដែលអ្នករៀន។"
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "title": {
                            "en": "Pressure to send pictures",
                            "km": "សម្ពាធឱ្យផ្ញើរូបភាព",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>Sometimes a person online, or even someone you know, asks for a photo "
                                        "of your body. They may say everyone does it, promise to delete it or say "
                                        "they will be upset if you refuse. You always have the right to say "
                                        "<b>no</b>, and you never have to explain why.</p><p>Once a picture is "
                                        "sent, you lose control of it. It can be saved, shared or used to threaten "
                                        "you. Some ways to say no:</p><ul><li>'No thanks, I'm not into "
                                        "that.'</li><li>'My parents check my phone.'</li><li>Simply stop replying "
                                        "and block the account.</li></ul>"
                                    ),
                                },
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>If someone keeps asking, tell an adult you trust. Asking a young person "
                                        "for such pictures is wrong, and the person asking is the one breaking the "
                                        "rules, not you.</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "Someone you like asks for a private photo and promises to delete it "
                                            "straight away. What is true?"
                                        ),
                                        "options": [
                                            {
                                                "text": "It is safe because they promised",
                                                "correct": False,
                                                "feedback": (
                                                    "Promises cannot be checked. Once sent, a photo can be saved or "
                                                    "screenshotted in seconds."
                                                ),
                                            },
                                            {
                                                "text": "You can say no, and you do not need to give a reason",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. Your body and your pictures belong to you, and a person "
                                                    "who really cares will respect your no."
                                                ),
                                            },
                                            {
                                                "text": "You should send it so they are not upset",
                                                "correct": False,
                                                "feedback": (
                                                    "Their feelings are not your responsibility. Pressure like this "
                                                    "is a sign to step back and talk to someone you trust."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>ពេលខ្លះ មនុស្សម្នាក់នៅលើអនឡាញ ឬសូម្បីតែមនុស្សដែលអ្នកស្គាល់ "
                                        "សុំរូបថតរាងកាយរបស់អ្នក។ ពួកគេអាចនិយាយថា អ្នកណាក៏ធ្វើដែរ សន្យាថានឹងលុបវាចោល "
                                        "ឬនិយាយថាពួកគេនឹងខកចិត្ត ប្រសិនបើអ្នកបដិសេធ។ អ្នកតែងតែមានសិទ្ធិនិយាយថា "
                                        "<b>ទេ</b> ហើយអ្នកមិនចាំបាច់ពន្យល់ពីមូលហេតុឡើយ។</p><p>នៅពេលរូបភាពត្រូវបាន"
                                        "ផ្ញើចេញ អ្នកលែងអាចគ្រប់គ្រងវាបានទៀតហើយ។ វាអាចត្រូវបានរក្សាទុក ចែករំលែក "
                                        "ឬប្រើដើម្បីគំរាមកំហែងអ្នក។ វិធីមួយចំនួនដើម្បីនិយាយថា ទេ៖</p><ul><li>«ទេ "
                                        "អរគុណ ខ្ញុំមិនចូលចិត្តរឿងបែបនេះទេ។»</li><li>«ឪពុកម្តាយខ្ញុំពិនិត្យទូរស័ព្ទរ"
                                        "បស់ខ្ញុំ។»</li><li>គ្រាន់តែឈប់ឆ្លើយតប ហើយប្លុកគណនីនោះ។</li></ul>"
                                    ),
                                },
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>ប្រសិនបើនរណាម្នាក់នៅតែបន្តសុំ សូមប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត។ "
                                        "ការសុំរូបភាពបែបនេះពីយុវជន គឺជារឿងខុស ហើយអ្នកដែលសុំនោះ ជាអ្នកដែលល្មើស "
                                        "មិនមែនអ្នកទេ។</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "មនុស្សដែលអ្នកចូលចិត្តម្នាក់ សុំរូបថតឯកជន ហើយសន្យាថានឹងលុបវាចោលភ្លាមៗ។ តើអ្វីដែលពិត?"
                                        ),
                                        "options": [
                                            {
                                                "text": "វាមានសុវត្ថិភាព ព្រោះពួកគេបានសន្យា",
                                                "correct": False,
                                                "feedback": (
                                                    "ការសន្យាមិនអាចផ្ទៀងផ្ទាត់បានទេ។ នៅពេលផ្ញើចេញ "
                                                    "រូបថតអាចត្រូវបានរក្សាទុក "
                                                    "ឬថតអេក្រង់ក្នុងរយៈពេលប៉ុន្មានវិនាទីប៉ុណ្ណោះ។"
                                                ),
                                            },
                                            {
                                                "text": "អ្នកអាចនិយាយថា ទេ ហើយអ្នកមិនចាំបាច់ផ្តល់ហេតុផលទេ",
                                                "correct": True,
                                                "feedback": (
                                                    "ត្រូវហើយ។ រាងកាយ និងរូបភាពរបស់អ្នក ជារបស់អ្នក "
                                                    "ហើយមនុស្សដែលពិតជាយកចិត្តទុកដាក់ចំពោះអ្នក "
                                                    "នឹងគោរពការបដិសេធរបស់អ្នក។"
                                                ),
                                            },
                                            {
                                                "text": "អ្នកគួរផ្ញើវា ដើម្បីកុំឱ្យពួកគេខកចិត្ត",
                                                "correct": False,
                                                "feedback": (
                                                    "អារម្មណ៍របស់ពួកគេ មិនមែនជាការទទួលខុសត្រូវរបស់អ្នកទេ។ "
                                                    "សម្ពាធបែបនេះ ជាសញ្ញាដែលអ្នកគួរដកថយ "
                                                    "ហើយនិយាយជាមួយមនុស្សដែលអ្នកទុកចិត្ត។"
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "when-something-goes-wrong",
                "title": {
                    "en": "When something goes wrong: getting help",
                    "km": "នៅពេលមានរឿងមិនល្អកើតឡើង៖ ការស្វែងរកជំនួយ",
                },
                "intro": {
                    "en": (
                        "Even careful people can run into trouble online. This lesson explains the steps to take "
                        "and the people who can help."
                    ),
                    "km": (
                        "សូម្បីតែមនុស្សដែលប្រុងប្រយ័ត្ន ក៏អាចជួបបញ្ហានៅលើអនឡាញដែរ។ "
                        "មេរៀននេះពន្យល់ពីជំហានដែលត្រូវអនុវត្ត និងមនុស្សដែលអាចជួយអ្នកបាន។"
                    ),
                },
                "topics": [
                    {
                        "title": {
                            "en": "If someone threatens you",
                            "km": "ប្រសិនបើនរណាម្នាក់គំរាមកំហែងអ្នក",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>If someone threatens to share a picture of you unless you send more "
                                        "pictures or money, it can feel like the end of the world. It is not. This "
                                        "is called <b>sextortion</b>, it is a crime, and there is "
                                        "help.</p><ol><li><b>Stop</b> replying. Do not pay and do not send anything "
                                        "else.</li><li><b>Save</b> the evidence: take screenshots of the messages "
                                        "and the account name.</li><li><b>Block and report</b> the account in the "
                                        "app.</li><li><b>Tell</b> an adult you trust, or contact the APLE hotline "
                                        "on 092 311 511.</li></ol><p>Paying almost never makes the threats stop. "
                                        "You are not in trouble, and you did not deserve this.</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "Someone says they will post your photo unless you pay them today. What "
                                            "is the best first step?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Pay quickly so the problem goes away",
                                                "correct": False,
                                                "feedback": (
                                                    "Paying usually leads to more demands. It is better to stop "
                                                    "contact and get help."
                                                ),
                                            },
                                            {
                                                "text": "Delete the whole chat so nobody ever sees it",
                                                "correct": False,
                                                "feedback": (
                                                    "Keep the messages for now. Screenshots are important evidence "
                                                    "that helps adults and the police stop this person."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Stop replying, save screenshots and tell a trusted adult or "
                                                    "the hotline"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Exactly. You do not have to handle this alone, and help is "
                                                    "available day and night."
                                                ),
                                            },
                                            {
                                                "text": "Send one more photo to buy some time",
                                                "correct": False,
                                                "feedback": (
                                                    "Sending more gives the person more power. Stop, save the "
                                                    "evidence and ask for help."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>ប្រសិនបើនរណាម្នាក់គំរាមចែករំលែករូបភាពរបស់អ្នក លុះត្រាតែអ្នកផ្ញើរូបភាព "
                                        "ឬលុយបន្ថែម វាអាចធ្វើឱ្យអ្នកមានអារម្មណ៍ថាដូចជាអស់សង្ឃឹម។ "
                                        "ប៉ុន្តែវាមិនមែនដូច្នោះទេ។ នេះហៅថា <b>ការជំរិតផ្លូវភេទតាមអនឡាញ</b> "
                                        "វាជាបទល្មើស ហើយជំនួយតែងតែមាន។</p><ol><li><b>ឈប់</b>ឆ្លើយតប។ កុំបង់លុយ "
                                        "ហើយកុំផ្ញើអ្វីទៀត។</li><li><b>រក្សាទុក</b>ភស្តុតាង៖ ថតរូបអេក្រង់នៃសារ "
                                        "និងឈ្មោះគណនី។</li><li><b>ប្លុក "
                                        "និងរាយការណ៍</b>គណនីនោះនៅក្នុងកម្មវិធី។</li><li><b>ប្រាប់</b>មនុស្សពេញវ័យដែល"
                                        "អ្នកទុកចិត្ត ឬទាក់ទងខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ "
                                        "៥១១។</li></ol><p>ការបង់លុយស្ទើរតែមិនដែលធ្វើឱ្យការគំរាមកំហែងឈប់នោះទេ។ "
                                        "អ្នកមិនមានកំហុសទេ ហើយអ្នកមិនសមនឹងទទួលរងរឿងនេះឡើយ។</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "មាននរណាម្នាក់និយាយថា ពួកគេនឹងបង្ហោះរូបថតរបស់អ្នក "
                                            "លុះត្រាតែអ្នកបង់លុយឱ្យពួកគេនៅថ្ងៃនេះ។ តើជំហានដំបូងណាដែលល្អបំផុត?"
                                        ),
                                        "options": [
                                            {
                                                "text": "បង់លុយឱ្យលឿន ដើម្បីឱ្យបញ្ហាបាត់ទៅ",
                                                "correct": False,
                                                "feedback": (
                                                    "ការបង់លុយ ជាធម្មតានាំឱ្យមានការទាមទារបន្ថែមទៀត។ "
                                                    "វាជាការប្រសើរជាង ក្នុងការបញ្ឈប់ទំនាក់ទំនង ហើយស្វែងរកជំនួយ។"
                                                ),
                                            },
                                            {
                                                "text": "លុបការជជែកទាំងអស់ចោល ដើម្បីកុំឱ្យនរណាម្នាក់ឃើញវា",
                                                "correct": False,
                                                "feedback": (
                                                    "សូមរក្សាទុកសារទាំងនោះសិន។ រូបថតអេក្រង់ គឺជាភស្តុតាងសំខាន់ "
                                                    "ដែលជួយមនុស្សពេញវ័យ និងនគរបាលបញ្ឈប់មនុស្សនេះ។"
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "ឈប់ឆ្លើយតប រក្សាទុករូបថតអេក្រង់ "
                                                    "ហើយប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត ឬខ្សែទូរស័ព្ទបន្ទាន់"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "ត្រឹមត្រូវណាស់។ អ្នកមិនចាំបាច់ដោះស្រាយរឿងនេះតែម្នាក់ឯងទេ ហើយជំនួយមានទាំងយប់ទាំងថ្ងៃ។"
                                                ),
                                            },
                                            {
                                                "text": "ផ្ញើរូបថតមួយទៀត ដើម្បីពន្យារពេល",
                                                "correct": False,
                                                "feedback": (
                                                    "ការផ្ញើបន្ថែម ផ្តល់អំណាចកាន់តែច្រើនដល់មនុស្សនោះ។ សូមឈប់ រក្សាទុកភស្តុតាង ហើយសុំជំនួយ។"
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "title": {
                            "en": "Who can help and how to report",
                            "km": "អ្នកណាអាចជួយ និងរបៀបរាយការណ៍",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>You never have to deal with an online problem on your own. People who "
                                        "can help include:</p><ul><li>a parent, grandparent, aunt, uncle or older "
                                        "sibling</li><li>a teacher or school counsellor</li><li>the <b>APLE "
                                        "hotline: 092 311 511</b>, open 24 hours a day</li><li>the <b>police: "
                                        "1288</b>, if you are in danger right now</li></ul><p>You can also use the "
                                        "<b>report</b> button in most apps. Reporting is private: the person you "
                                        "report is not told who reported them.</p><p>If you see harmful pictures of "
                                        "another child, <b>report it, don't share it</b>. Forwarding it, even to "
                                        "complain, hurts that child again.</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "A classmate posts a harmful picture of another student in a group "
                                            "chat. What should you do?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Forward it to a teacher's phone so they can see it",
                                                "correct": False,
                                                "feedback": (
                                                    "Forwarding spreads the picture further. Instead, tell the "
                                                    "teacher where you saw it and let them act."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Report it in the app and tell a trusted adult, without sharing it"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Well done. This protects the student and helps adults deal "
                                                    "with it."
                                                ),
                                            },
                                            {
                                                "text": "Ignore it, because it is not your business",
                                                "correct": False,
                                                "feedback": (
                                                    "Speaking up can really help. You can report privately, and "
                                                    "nobody needs to know it was you."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>អ្នកមិនចាំបាច់ដោះស្រាយបញ្ហានៅលើអនឡាញតែម្នាក់ឯងនោះទេ។ "
                                        "មនុស្សដែលអាចជួយអ្នកបាន រួមមាន៖</p><ul><li>ឪពុក ម្តាយ ជីដូនជីតា មីង ពូ "
                                        "ឬបងប្អូន</li><li>គ្រូបង្រៀន "
                                        "ឬអ្នកប្រឹក្សានៅសាលា</li><li><b>ខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE៖ ០៩២ ៣១១ "
                                        "៥១១</b> បើក ២៤ម៉ោងក្នុងមួយថ្ងៃ</li><li><b>នគរបាល៖ ១២៨៨</b> "
                                        "ប្រសិនបើអ្នកកំពុងស្ថិតក្នុងគ្រោះថ្នាក់ឥឡូវនេះ</li></ul><p>អ្នកក៏អាចប្រើប៊ូ"
                                        "តុង <b>រាយការណ៍</b> នៅក្នុងកម្មវិធីភាគច្រើនបានដែរ។ "
                                        "ការរាយការណ៍គឺជាការសម្ងាត់៖ មនុស្សដែលអ្នករាយការណ៍ "
                                        "នឹងមិនដឹងថានរណាជាអ្នករាយការណ៍ពួកគេឡើយ។</p><p>ប្រសិនបើអ្នកឃើញរូបភាពដែលបង្ក"
                                        "គ្រោះថ្នាក់ដល់កុមារម្នាក់ទៀត <b>សូមរាយការណ៍ កុំចែករំលែក</b>។ ការបញ្ជូនបន្ត "
                                        "សូម្បីតែដើម្បីត្អូញត្អែរ ក៏ធ្វើឱ្យកុមារនោះរងឈឺចាប់ម្តងទៀតដែរ។</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "មិត្តរួមថ្នាក់ម្នាក់ បង្ហោះរូបភាពដែលបង្កគ្រោះថ្នាក់ដល់សិស្សម្នាក់ទៀត "
                                            "នៅក្នុងក្រុមជជែក។ តើអ្នកគួរធ្វើអ្វី?"
                                        ),
                                        "options": [
                                            {
                                                "text": "បញ្ជូនវាទៅទូរស័ព្ទរបស់គ្រូ ដើម្បីឱ្យគាត់ឃើញ",
                                                "correct": False,
                                                "feedback": (
                                                    "ការបញ្ជូនបន្ត ធ្វើឱ្យរូបភាពរីករាលដាលកាន់តែខ្លាំង។ ផ្ទុយទៅវិញ "
                                                    "សូមប្រាប់គ្រូពីកន្លែងដែលអ្នកបានឃើញវា ហើយទុកឱ្យគាត់ចាត់វិធានការ។"
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "រាយការណ៍វានៅក្នុងកម្មវិធី ហើយប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត ដោយមិនចែករំលែកវា"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "ល្អណាស់។ ការធ្វើបែបនេះ ការពារសិស្សនោះ និងជួយមនុស្សពេញវ័យដោះស្រាយបញ្ហា។"
                                                ),
                                            },
                                            {
                                                "text": "មិនអើពើ ព្រោះវាមិនមែនជារឿងរបស់អ្នក",
                                                "correct": False,
                                                "feedback": (
                                                    "ការនិយាយចេញមក អាចជួយបានច្រើនណាស់។ អ្នកអាចរាយការណ៍ជាការសម្ងាត់ "
                                                    "ហើយគ្មាននរណាម្នាក់ចាំបាច់ដឹងថាជាអ្នកឡើយ។"
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "recognising-and-responding-to-abuse",
        "title": {
            "en": "Recognising and responding to signs of abuse",
            "km": "ការស្គាល់ និងការឆ្លើយតបចំពោះសញ្ញានៃការរំលោភបំពាន",
        },
        "summary": {
            "en": (
                "A course for parents, caregivers and teachers on understanding child sexual abuse, noticing "
                "warning signs and responding safely when a child tells you something is wrong."
            ),
            "km": (
                "វគ្គសិក្សាសម្រាប់ឪពុកម្តាយ អ្នកថែទាំ និងគ្រូបង្រៀន អំពីការយល់ដឹងពីការរំលោភបំពានផ្លូវភេទលើកុមារ "
                "ការសង្កេតមើលសញ្ញាព្រមាន និងការឆ្លើយតបប្រកបដោយសុវត្ថិភាព នៅពេលកុមារប្រាប់អ្នកថាមានរឿងមិនប្រក្រតី។"
            ),
        },
        "audience": "parents",
        "language": "both",
        "duration": {
            "en": "About 50 minutes",
            "km": "ប្រហែល ៥០ នាទី",
        },
        "outcomes": {
            "en": [
                "Understand how abuse and grooming usually happen and why children stay silent",
                "Recognise emotional, behavioural and physical signs that a child may need help",
                "Respond calmly and supportively when a child tells you about abuse",
                "Know how to report concerns and where to find support",
            ],
            "km": [
                "យល់ពីរបៀបដែលការរំលោភបំពាន និងការល្បួងបញ្ឆោតច្រើនតែកើតឡើង និងហេតុអ្វីបានជាកុមារនៅស្ងៀម",
                "ស្គាល់សញ្ញាផ្នែកអារម្មណ៍ ឥរិយាបថ និងរាងកាយ ដែលបង្ហាញថាកុមារប្រហែលជាត្រូវការជំនួយ",
                "ឆ្លើយតបដោយស្ងប់ស្ងាត់ និងការគាំទ្រ នៅពេលកុមារប្រាប់អ្នកអំពីការរំលោភបំពាន",
                "ដឹងពីរបៀបរាយការណ៍ពីការព្រួយបារម្ភ និងកន្លែងស្វែងរកការគាំទ្រ",
            ],
        },
        "lessons": [
            {
                "slug": "understanding-child-sexual-abuse",
                "title": {
                    "en": "Understanding child sexual abuse",
                    "km": "ការយល់ដឹងអំពីការរំលោភបំពានផ្លូវភេទលើកុមារ",
                },
                "intro": {
                    "en": (
                        "Before we can notice signs, it helps to understand how abuse happens. This lesson covers "
                        "common myths and how offenders gain trust."
                    ),
                    "km": (
                        "មុននឹងយើងអាចសង្កេតឃើញសញ្ញា វាមានប្រយោជន៍ក្នុងការយល់ពីរបៀបដែលការរំលោភបំពានកើតឡើង។ "
                        "មេរៀននេះនិយាយអំពីជំនឿខុសៗទូទៅ និងរបៀបដែលជនល្មើសទទួលបានការទុកចិត្ត។"
                    ),
                },
                "topics": [
                    {
                        "title": {
                            "en": "Myths and facts",
                            "km": "ជំនឿខុស និងការពិត",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>Many adults picture abuse as something done by a stranger in a dark "
                                        "place. In reality, most children who are abused know the person who harms "
                                        "them. It may be a relative, a neighbour, a family friend, a tutor or "
                                        "someone the child met online.</p><ul><li><b>Myth:</b> Boys are not at "
                                        "risk. <b>Fact:</b> Both boys and girls can be abused.</li><li><b>Myth:</b> "
                                        "A child would tell straight away. <b>Fact:</b> Many children wait years, "
                                        "or never tell, because of fear, shame or love for the person "
                                        "involved.</li><li><b>Myth:</b> It only happens in poor families. "
                                        "<b>Fact:</b> Abuse happens in every kind of community.</li></ul>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": "Who is most likely to sexually abuse a child?",
                                        "options": [
                                            {
                                                "text": "A stranger the child has never met",
                                                "correct": False,
                                                "feedback": (
                                                    "Strangers can be a risk, but most children are harmed by "
                                                    "someone they already know."
                                                ),
                                            },
                                            {
                                                "text": "Someone the child or family knows and trusts",
                                                "correct": True,
                                                "feedback": (
                                                    "Correct. This is why watching for grooming behaviour, even by "
                                                    "familiar people, is so important."
                                                ),
                                            },
                                            {
                                                "text": "Only people from outside the community",
                                                "correct": False,
                                                "feedback": (
                                                    "Abuse happens inside communities, often by people who are well "
                                                    "known and liked."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>មនុស្សពេញវ័យជាច្រើន ស្រមៃថាការរំលោភបំពាន "
                                        "គឺជាអ្វីដែលធ្វើឡើងដោយមនុស្សចម្លែក នៅកន្លែងងងឹត។ តាមពិតទៅ "
                                        "កុមារភាគច្រើនដែលរងការរំលោភបំពាន ស្គាល់មនុស្សដែលធ្វើបាបពួកគេ។ "
                                        "វាអាចជាសាច់ញាតិ អ្នកជិតខាង មិត្តភក្តិរបស់គ្រួសារ គ្រូបង្រៀនគួរ "
                                        "ឬមនុស្សដែលកុមារបានស្គាល់នៅលើអនឡាញ។</p><ul><li><b>ជំនឿខុស៖</b> "
                                        "ក្មេងប្រុសមិនប្រឈមនឹងហានិភ័យទេ។ <b>ការពិត៖</b> ទាំងក្មេងប្រុស និងក្មេងស្រី "
                                        "អាចរងការរំលោភបំពាន។</li><li><b>ជំនឿខុស៖</b> កុមារនឹងប្រាប់ភ្លាមៗ។ "
                                        "<b>ការពិត៖</b> កុមារជាច្រើនរង់ចាំរាប់ឆ្នាំ ឬមិនដែលប្រាប់សោះ "
                                        "ដោយសារការភ័យខ្លាច ការខ្មាស់អៀន "
                                        "ឬក្តីស្រឡាញ់ចំពោះមនុស្សនោះ។</li><li><b>ជំនឿខុស៖</b> "
                                        "វាកើតឡើងតែនៅក្នុងគ្រួសារក្រីក្រប៉ុណ្ណោះ។ <b>ការពិត៖</b> "
                                        "ការរំលោភបំពានកើតឡើងនៅក្នុងសហគមន៍គ្រប់ប្រភេទ។</li></ul>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": "តើនរណាដែលទំនងជាអ្នករំលោភបំពានផ្លូវភេទលើកុមារច្រើនជាងគេ?",
                                        "options": [
                                            {
                                                "text": "មនុស្សចម្លែកដែលកុមារមិនធ្លាប់ជួប",
                                                "correct": False,
                                                "feedback": (
                                                    "មនុស្សចម្លែកអាចជាហានិភ័យ "
                                                    "ប៉ុន្តែកុមារភាគច្រើនត្រូវបានធ្វើបាបដោយមនុស្សដែលពួកគេស្គាល់រួចហើ"
                                                    "យ។"
                                                ),
                                            },
                                            {
                                                "text": "មនុស្សដែលកុមារ ឬគ្រួសារស្គាល់ និងទុកចិត្ត",
                                                "correct": True,
                                                "feedback": (
                                                    "ត្រឹមត្រូវ។ នេះហើយជាមូលហេតុដែលការតាមដានឥរិយាបថល្បួងបញ្ឆោត "
                                                    "សូម្បីតែពីមនុស្សដែលធ្លាប់ស្គាល់ មានសារៈសំខាន់ខ្លាំងណាស់។"
                                                ),
                                            },
                                            {
                                                "text": "មានតែមនុស្សមកពីក្រៅសហគមន៍ប៉ុណ្ណោះ",
                                                "correct": False,
                                                "feedback": (
                                                    "ការរំលោភបំពានកើតឡើងនៅក្នុងសហគមន៍ ហើយជារឿយៗដោយមនុស្សដែលគេស្គាល់ និងចូលចិត្ត។"
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "title": {
                            "en": "How grooming builds trust",
                            "km": "របៀបដែលការល្បួងបញ្ឆោតកសាងការទុកចិត្ត",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>People who abuse children rarely act suddenly. They usually "
                                        "<b>groom</b> both the child and the adults around them, step by "
                                        "step:</p><ol><li>They gain the family's trust by being helpful, generous "
                                        "or respected.</li><li>They give the child special attention, gifts, money "
                                        "or phone credit.</li><li>They find ways to be alone with the child, in "
                                        "person or online.</li><li>They test boundaries with jokes, touching or "
                                        "sharing secrets.</li><li>They tell the child to keep it secret, sometimes "
                                        "with threats.</li></ol><p>Grooming is designed to make the child feel "
                                        "responsible and to make adults doubt their own worries. Knowing the "
                                        "pattern helps you act early.</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "A neighbour often gives your 10-year-old son money and offers to tutor "
                                            "him alone at his house. What is the most sensible response?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Be grateful; he is clearly a generous person",
                                                "correct": False,
                                                "feedback": (
                                                    "He may well be kind, but gifts combined with time alone are a "
                                                    "pattern worth noticing."
                                                ),
                                            },
                                            {
                                                "text": "Accuse him publicly so others know",
                                                "correct": False,
                                                "feedback": (
                                                    "Public accusations can put the child at risk and harm any "
                                                    "investigation. Seek advice first."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Keep lessons in an open, shared space, talk with your son and "
                                                    "seek advice if worries grow"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Good. You reduce the risk without panic, keep communication "
                                                    "open and can call the hotline for advice at any time."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>មនុស្សដែលរំលោភបំពានលើកុមារ កម្រនឹងធ្វើសកម្មភាពភ្លាមៗណាស់។ ជាធម្មតា "
                                        "ពួកគេ<b>ល្បួងបញ្ឆោត</b>ទាំងកុមារ និងមនុស្សពេញវ័យនៅជុំវិញពួកគេ "
                                        "បន្តិចម្តងៗ៖</p><ol><li>ពួកគេទទួលបានការទុកចិត្តពីគ្រួសារ "
                                        "ដោយធ្វើជាមនុស្សជួយយកអាសា សប្បុរស "
                                        "ឬជាមនុស្សដែលគេគោរព។</li><li>ពួកគេយកចិត្តទុកដាក់ពិសេសចំពោះកុមារ ផ្តល់អំណោយ "
                                        "លុយ ឬកាតទូរស័ព្ទ។</li><li>ពួកគេរកវិធីនៅតែម្នាក់ឯងជាមួយកុមារ ទាំងដោយផ្ទាល់ "
                                        "ឬនៅលើអនឡាញ។</li><li>ពួកគេសាកល្បងព្រំដែន តាមរយៈការនិយាយលេងសើច ការប៉ះពាល់ "
                                        "ឬការចែករំលែកអាថ៌កំបាំង។</li><li>ពួកគេប្រាប់កុមារឱ្យលាក់រឿងនេះជាការសម្ងាត់ "
                                        "ពេលខ្លះដោយការគំរាមកំហែង។</li></ol><p>ការល្បួងបញ្ឆោតត្រូវបានរៀបចំឡើង "
                                        "ដើម្បីធ្វើឱ្យកុមារមានអារម្មណ៍ថាខ្លួនជាអ្នកទទួលខុសត្រូវ "
                                        "និងធ្វើឱ្យមនុស្សពេញវ័យសង្ស័យលើការព្រួយបារម្ភរបស់ខ្លួនឯង។ ការស្គាល់លំនាំនេះ "
                                        "ជួយអ្នកឱ្យចាត់វិធានការបានទាន់ពេល។</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "អ្នកជិតខាងម្នាក់តែងតែឱ្យលុយកូនប្រុសអាយុ ១០ ឆ្នាំរបស់អ្នក "
                                            "ហើយស្នើបង្រៀនគួរគាត់តែម្នាក់ឯងនៅផ្ទះរបស់គាត់។ "
                                            "តើការឆ្លើយតបណាដែលសមហេតុផលបំផុត?"
                                        ),
                                        "options": [
                                            {
                                                "text": "ដឹងគុណ ព្រោះគាត់ច្បាស់ជាមនុស្សសប្បុរស",
                                                "correct": False,
                                                "feedback": (
                                                    "គាត់អាចជាមនុស្សចិត្តល្អមែន ប៉ុន្តែការផ្តល់អំណោយ "
                                                    "រួមជាមួយការនៅតែម្នាក់ឯងជាមួយកុមារ "
                                                    "គឺជាលំនាំដែលគួរយកចិត្តទុកដាក់។"
                                                ),
                                            },
                                            {
                                                "text": "ចោទប្រកាន់គាត់ជាសាធារណៈ ដើម្បីឱ្យអ្នកដទៃដឹង",
                                                "correct": False,
                                                "feedback": (
                                                    "ការចោទប្រកាន់ជាសាធារណៈ អាចធ្វើឱ្យកុមារប្រឈមនឹងហានិភ័យ "
                                                    "និងប៉ះពាល់ដល់ការស៊ើបអង្កេត។ សូមស្វែងរកដំបូន្មានជាមុនសិន។"
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "ឱ្យរៀននៅកន្លែងបើកចំហ ដែលមនុស្សផ្សេងអាចមើលឃើញ "
                                                    "និយាយជាមួយកូនប្រុសរបស់អ្នក ហើយស្វែងរកដំបូន្មាន "
                                                    "ប្រសិនបើការព្រួយបារម្ភកើនឡើង"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "ល្អណាស់។ អ្នកកាត់បន្ថយហានិភ័យដោយមិនភ័យស្លន់ស្លោ "
                                                    "រក្សាការប្រាស្រ័យទាក់ទងឱ្យបើកចំហ "
                                                    "ហើយអាចទូរស័ព្ទទៅខ្សែទូរស័ព្ទបន្ទាន់ដើម្បីសុំដំបូន្មានបានគ្រប់ពេ"
                                                    "ល។"
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "noticing-the-signs",
                "title": {
                    "en": "Noticing the signs",
                    "km": "ការសង្កេតមើលសញ្ញា",
                },
                "intro": {
                    "en": (
                        "Children often show distress through behaviour rather than words. Learn which changes to "
                        "watch for and how to open a conversation."
                    ),
                    "km": (
                        "កុមារច្រើនតែបង្ហាញពីទុក្ខព្រួយ តាមរយៈឥរិយាបថ ជាជាងពាក្យសម្តី។ "
                        "សូមរៀនពីការផ្លាស់ប្តូរណាខ្លះដែលគួរតាមដាន និងរបៀបចាប់ផ្តើមការសន្ទនា។"
                    ),
                },
                "topics": [
                    {
                        "title": {
                            "en": "Changes to watch for",
                            "km": "ការផ្លាស់ប្តូរដែលគួរតាមដាន",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>No single sign proves abuse, but a cluster of changes, or a change that "
                                        "appears suddenly, deserves attention. Signs may "
                                        "include:</p><ul><li><b>Emotional:</b> new fears, sadness, anger, or "
                                        "seeming far away</li><li><b>Behavioural:</b> avoiding a particular person "
                                        "or place, falling behind at school, trouble sleeping, or going back to "
                                        "younger habits such as bedwetting</li><li><b>Physical:</b> unexplained "
                                        "pain, soreness or injuries</li><li><b>Online:</b> secrecy about a phone, "
                                        "new contacts, or unexplained money or gifts</li></ul><p>Trust your "
                                        "instincts. You do not need to be sure before you seek advice.</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "Your 12-year-old daughter has become withdrawn, hides her phone and "
                                            "has a new bracelet she won't explain. What is the best first step?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Take her phone away and search it immediately",
                                                "correct": False,
                                                "feedback": (
                                                    "This may make her feel punished and less likely to talk. Start "
                                                    "with a calm conversation."
                                                ),
                                            },
                                            {
                                                "text": "Wait a few months to see if it passes",
                                                "correct": False,
                                                "feedback": (
                                                    "Several signs together are worth acting on now, gently and "
                                                    "without panic."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Find a quiet moment to talk, show you care and listen without "
                                                    "blame"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. A calm, caring conversation gives her the chance to "
                                                    "share, and you can seek advice from the hotline at any stage."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>គ្មានសញ្ញាតែមួយណា ដែលបញ្ជាក់ពីការរំលោភបំពាននោះទេ "
                                        "ប៉ុន្តែការផ្លាស់ប្តូរជាច្រើនក្នុងពេលតែមួយ ឬការផ្លាស់ប្តូរដែលលេចឡើងភ្លាមៗ "
                                        "គួរតែទទួលបានការយកចិត្តទុកដាក់។ "
                                        "សញ្ញាទាំងនោះអាចរួមមាន៖</p><ul><li><b>ផ្នែកអារម្មណ៍៖</b> ការភ័យខ្លាចថ្មីៗ "
                                        "ភាពក្រៀមក្រំ កំហឹង ឬហាក់ដូចជាគិតរឿងផ្សេងជានិច្ច</li><li><b>ផ្នែកឥរិយាបថ៖</b"
                                        "> ការគេចវេសពីមនុស្ស ឬកន្លែងណាមួយ ការធ្លាក់ចុះការសិក្សា ការគេងមិនលក់ "
                                        "ឬការត្រឡប់ទៅរកទម្លាប់កាលនៅតូច "
                                        "ដូចជាការនោមដាក់ពូក</li><li><b>ផ្នែករាងកាយ៖</b> ការឈឺចាប់ ការរលាក "
                                        "ឬរបួសដែលមិនអាចពន្យល់បាន</li><li><b>នៅលើអនឡាញ៖</b> ការលាក់លៀមអំពីទូរស័ព្ទ "
                                        "ទំនាក់ទំនងថ្មីៗ ឬលុយ ឬអំណោយដែលមិនអាចពន្យល់បាន</li></ul><p>សូមជឿលើវិចារណញាណរ"
                                        "បស់អ្នក។ អ្នកមិនចាំបាច់ប្រាកដច្បាស់ មុននឹងស្វែងរកដំបូន្មាននោះទេ។</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "កូនស្រីអាយុ ១២ ឆ្នាំរបស់អ្នក បានក្លាយជាស្ងៀមស្ងាត់ លាក់ទូរស័ព្ទរបស់នាង "
                                            "ហើយមានខ្សែដៃថ្មីមួយ ដែលនាងមិនព្រមពន្យល់។ តើជំហានដំបូងណាដែលល្អបំផុត?"
                                        ),
                                        "options": [
                                            {
                                                "text": "ដកទូរស័ព្ទរបស់នាង ហើយឆែកមើលភ្លាមៗ",
                                                "correct": False,
                                                "feedback": (
                                                    "ការធ្វើបែបនេះ អាចធ្វើឱ្យនាងមានអារម្មណ៍ថាត្រូវគេដាក់ទោស "
                                                    "និងមិនសូវចង់និយាយ។ សូមចាប់ផ្តើមដោយការសន្ទនាដោយស្ងប់ស្ងាត់។"
                                                ),
                                            },
                                            {
                                                "text": "រង់ចាំពីរបីខែ ដើម្បីមើលថាវានឹងបាត់ទៅវិញឬអត់",
                                                "correct": False,
                                                "feedback": (
                                                    "សញ្ញាច្រើនរួមគ្នា គួរតែចាត់វិធានការឥឡូវនេះ ដោយទន់ភ្លន់ និងមិនភ័យស្លន់ស្លោ។"
                                                ),
                                            },
                                            {
                                                "text": ("រកពេលស្ងាត់ដើម្បីនិយាយ បង្ហាញថាអ្នកយកចិត្តទុកដាក់ ហើយស្តាប់ដោយមិនបន្ទោស"),
                                                "correct": True,
                                                "feedback": (
                                                    "ត្រូវហើយ។ ការសន្ទនាដោយស្ងប់ស្ងាត់ និងយកចិត្តទុកដាក់ "
                                                    "ផ្តល់ឱកាសឱ្យនាងចែករំលែក "
                                                    "ហើយអ្នកអាចសុំដំបូន្មានពីខ្សែទូរស័ព្ទបន្ទាន់បានគ្រប់ដំណាក់កាល។"
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "title": {
                            "en": "Opening the door to conversation",
                            "km": "ការបើកទ្វារសម្រាប់ការសន្ទនា",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>Children are more likely to talk when they already know that difficult "
                                        "subjects are welcome at home or in class. You can make this easier "
                                        "by:</p><ul><li>using the correct names for body parts from an early "
                                        "age</li><li>explaining the difference between surprises, which are fun and "
                                        "short, and secrets, which make someone feel bad</li><li>asking open "
                                        "questions, such as 'How are things with your tutor?' rather than 'Is "
                                        "everything fine?'</li><li>reacting calmly to small problems, so children "
                                        "trust you with bigger ones</li></ul><p>Teachers can build short "
                                        "body-safety and online-safety discussions into regular lessons, so no "
                                        "child feels singled out.</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": "Which question is most likely to help a child open up?",
                                        "options": [
                                            {
                                                "text": "“Nothing bad is happening to you, is it?”",
                                                "correct": False,
                                                "feedback": (
                                                    "This suggests the answer you want to hear and makes it harder "
                                                    "for the child to disagree."
                                                ),
                                            },
                                            {
                                                "text": "“What was the best and the hardest part of your week?”",
                                                "correct": True,
                                                "feedback": (
                                                    "Correct. Open questions invite children to share in their own "
                                                    "words, without pressure."
                                                ),
                                            },
                                            {
                                                "text": "“Why didn't you tell me earlier?”",
                                                "correct": False,
                                                "feedback": (
                                                    "This can sound like blame. Children need to feel that telling "
                                                    "at any time is welcome."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>កុមារទំនងជានិយាយចេញមក នៅពេលដែលពួកគេដឹងរួចហើយថា "
                                        "ប្រធានបទពិបាកៗត្រូវបានស្វាគមន៍នៅផ្ទះ ឬនៅក្នុងថ្នាក់រៀន។ "
                                        "អ្នកអាចធ្វើឱ្យរឿងនេះកាន់តែងាយស្រួល "
                                        "ដោយ៖</p><ul><li>ប្រើឈ្មោះត្រឹមត្រូវនៃផ្នែករាងកាយ "
                                        "តាំងពីកុមារនៅតូច</li><li>ពន្យល់ពីភាពខុសគ្នារវាងការភ្ញាក់ផ្អើល ដែលសប្បាយ "
                                        "និងមានរយៈពេលខ្លី និងអាថ៌កំបាំង "
                                        "ដែលធ្វើឱ្យនរណាម្នាក់មានអារម្មណ៍មិនល្អ</li><li>សួរសំណួរបើកចំហ ដូចជា "
                                        "«តើការរៀនជាមួយគ្រូគួរយ៉ាងម៉េចដែរ?» ជាជាង "
                                        "«តើអ្វីៗល្អទេ?»</li><li>ឆ្លើយតបដោយស្ងប់ស្ងាត់ចំពោះបញ្ហាតូចៗ "
                                        "ដើម្បីឱ្យកុមារទុកចិត្តប្រាប់អ្នកពីបញ្ហាធំៗ</li></ul><p>គ្រូបង្រៀនអាចបញ្ចូល"
                                        "ការពិភាក្សាខ្លីៗ អំពីសុវត្ថិភាពរាងកាយ និងសុវត្ថិភាពតាមអនឡាញ "
                                        "ទៅក្នុងមេរៀនធម្មតា ដើម្បីកុំឱ្យកុមារណាម្នាក់មានអារម្មណ៍ថាត្រូវគេផ្តោតលើខ្លួ"
                                        "នតែម្នាក់។</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": "តើសំណួរមួយណា ដែលទំនងជាជួយឱ្យកុមារបើកចិត្តនិយាយបានច្រើនជាងគេ?",
                                        "options": [
                                            {
                                                "text": "«គ្មានរឿងអាក្រក់អ្វីកើតឡើងចំពោះកូនទេ មែនទេ?»",
                                                "correct": False,
                                                "feedback": ("សំណួរនេះបង្ហាញពីចម្លើយដែលអ្នកចង់ឮ ហើយធ្វើឱ្យកុមារពិបាកនិយាយផ្ទុយ។"),
                                            },
                                            {
                                                "text": ("«តើអ្វីជាផ្នែកល្អបំផុត និងពិបាកបំផុត ក្នុងសប្តាហ៍នេះរបស់កូន?»"),
                                                "correct": True,
                                                "feedback": (
                                                    "ត្រឹមត្រូវ។ សំណួរបើកចំហ "
                                                    "អញ្ជើញកុមារឱ្យចែករំលែកជាពាក្យសម្តីរបស់ពួកគេផ្ទាល់ "
                                                    "ដោយគ្មានសម្ពាធ។"
                                                ),
                                            },
                                            {
                                                "text": "«ហេតុអ្វីបានជាកូនមិនប្រាប់ឱ្យបានឆាប់ជាងនេះ?»",
                                                "correct": False,
                                                "feedback": (
                                                    "សំណួរនេះអាចស្តាប់ទៅដូចជាការបន្ទោស។ កុមារត្រូវមានអារម្មណ៍ថា "
                                                    "ការប្រាប់នៅពេលណាក៏ដោយ គឺត្រូវបានស្វាគមន៍។"
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "responding-and-reporting",
                "title": {
                    "en": "Responding and reporting",
                    "km": "ការឆ្លើយតប និងការរាយការណ៍",
                },
                "intro": {
                    "en": (
                        "What you say in the first moments after a child tells you about abuse matters a great "
                        "deal. This lesson explains how to respond, how to report and how to support recovery."
                    ),
                    "km": (
                        "អ្វីដែលអ្នកនិយាយក្នុងប៉ុន្មាននាទីដំបូង បន្ទាប់ពីកុមារប្រាប់អ្នកអំពីការរំលោភបំពាន "
                        "មានសារៈសំខាន់ខ្លាំងណាស់។ មេរៀននេះពន្យល់ពីរបៀបឆ្លើយតប របៀបរាយការណ៍ "
                        "និងរបៀបគាំទ្រការជាសះស្បើយ។"
                    ),
                },
                "topics": [
                    {
                        "title": {
                            "en": "When a child tells you",
                            "km": "នៅពេលកុមារប្រាប់អ្នក",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>If a child tells you they have been hurt, your reaction can help them "
                                        "feel safe. Remember four things:</p><ol><li><b>Stay calm.</b> Keep your "
                                        "voice gentle, even if you feel shocked or angry.</li><li><b>Listen and "
                                        "believe.</b> Let the child speak in their own words. Do not ask for lots "
                                        "of detail; trained professionals will do that "
                                        "later.</li><li><b>Reassure.</b> Say 'Thank you for telling me. It is not "
                                        "your fault. You did the right thing.'</li><li><b>Be honest.</b> Do not "
                                        "promise to keep it secret. Explain that you will ask people whose job is "
                                        "to help.</li></ol><p>Afterwards, write down what the child said, using "
                                        "their words, with the date and time.</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "A pupil says: 'I'll tell you something, but you must promise not to "
                                            "tell anyone.' What should the teacher say?"
                                        ),
                                        "options": [
                                            {
                                                "text": "“I promise, you can trust me completely.”",
                                                "correct": False,
                                                "feedback": (
                                                    "If the pupil then tells you about abuse, you will have to "
                                                    "break the promise, which can damage trust."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "“I want to help you. If you tell me something that means you "
                                                    "are not safe, I'll need to tell someone who can help, and I'll "
                                                    "tell you first.”"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Correct. This is honest and respectful, and many children "
                                                    "still choose to talk."
                                                ),
                                            },
                                            {
                                                "text": "“Then don't tell me. I don't want to get involved.”",
                                                "correct": False,
                                                "feedback": (
                                                    "This closes the door. The child may not try again for a long time."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>ប្រសិនបើកុមារប្រាប់អ្នកថា ពួកគេត្រូវបានគេធ្វើបាប ប្រតិកម្មរបស់អ្នក "
                                        "អាចជួយឱ្យពួកគេមានអារម្មណ៍សុវត្ថិភាព។ "
                                        "សូមចងចាំរឿងបួនយ៉ាង៖</p><ol><li><b>រក្សាភាពស្ងប់ស្ងាត់។</b> "
                                        "និយាយដោយសំឡេងទន់ភ្លន់ ទោះបីជាអ្នកមានអារម្មណ៍ភ្ញាក់ផ្អើល "
                                        "ឬខឹងក៏ដោយ។</li><li><b>ស្តាប់ និងជឿ។</b> "
                                        "ទុកឱ្យកុមារនិយាយតាមពាក្យសម្តីរបស់ពួកគេផ្ទាល់។ កុំសួររកព័ត៌មានលម្អិតច្រើន "
                                        "ព្រោះអ្នកជំនាញដែលបានទទួលការបណ្តុះបណ្តាល "
                                        "នឹងធ្វើការនោះនៅពេលក្រោយ។</li><li><b>ផ្តល់ការធានាអះអាង។</b> និយាយថា "
                                        "«អរគុណដែលបានប្រាប់។ វាមិនមែនជាកំហុសរបស់កូនទេ។ "
                                        "កូនបានធ្វើត្រឹមត្រូវហើយ។»</li><li><b>និយាយដោយស្មោះត្រង់។</b> "
                                        "កុំសន្យាថានឹងលាក់វាជាការសម្ងាត់។ សូមពន្យល់ថា "
                                        "អ្នកនឹងសុំជំនួយពីមនុស្សដែលមានតួនាទីជួយ។</li></ol><p>បន្ទាប់មក "
                                        "សូមកត់ត្រានូវអ្វីដែលកុមារបាននិយាយ ដោយប្រើពាក្យសម្តីរបស់ពួកគេ "
                                        "ព្រមទាំងកាលបរិច្ឆេទ និងពេលវេលា។</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "សិស្សម្នាក់និយាយថា «ខ្ញុំនឹងប្រាប់លោកគ្រូរឿងមួយ "
                                            "ប៉ុន្តែលោកគ្រូត្រូវសន្យាថាមិនប្រាប់នរណាម្នាក់ឡើយ។» តើគ្រូគួរនិយាយអ្វី?"
                                        ),
                                        "options": [
                                            {
                                                "text": "«គ្រូសន្យា ប្អូនអាចទុកចិត្តគ្រូបានទាំងស្រុង។»",
                                                "correct": False,
                                                "feedback": (
                                                    "ប្រសិនបើសិស្សនោះប្រាប់អំពីការរំលោភបំពាន "
                                                    "អ្នកនឹងត្រូវបំពានការសន្យា ដែលអាចធ្វើឱ្យខូចការទុកចិត្ត។"
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "«គ្រូចង់ជួយប្អូន។ ប្រសិនបើប្អូនប្រាប់គ្រូពីរឿងដែលបង្ហាញថាប្អូន"
                                                    "មិនមានសុវត្ថិភាព គ្រូនឹងត្រូវប្រាប់មនុស្សដែលអាចជួយបាន "
                                                    "ហើយគ្រូនឹងប្រាប់ប្អូនជាមុនសិន។»"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "ត្រឹមត្រូវ។ ចម្លើយនេះស្មោះត្រង់ និងគោរព ហើយកុមារជាច្រើននៅតែជ្រើសរើសនិយាយ។"
                                                ),
                                            },
                                            {
                                                "text": "«អញ្ចឹងកុំប្រាប់គ្រូអី គ្រូមិនចង់ពាក់ព័ន្ធទេ។»",
                                                "correct": False,
                                                "feedback": (
                                                    "ចម្លើយនេះបិទទ្វារ។ កុមារប្រហែលជាមិនព្យាយាមប្រាប់ម្តងទៀត អស់រយៈពេលយូរ។"
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "title": {
                            "en": "Reporting and getting support",
                            "km": "ការរាយការណ៍ និងការស្វែងរកការគាំទ្រ",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>You do not have to investigate or be certain. Your role is to pass on "
                                        "your concern to people trained to act:</p><ul><li>If the child is in "
                                        "immediate danger, call the <b>police on 1288</b>.</li><li>For advice or to "
                                        "make a report, contact the <b>APLE hotline on 092 311 511</b>, 24 hours a "
                                        "day.</li><li>In schools, also follow your child protection policy and "
                                        "inform the designated staff member.</li></ul><p>Do not confront the "
                                        "suspected person, and do not share details with other parents or on social "
                                        "media. This protects the child and the case.</p>"
                                    ),
                                },
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>Supporting a child after abuse can be emotional. It is normal to feel "
                                        "upset, guilty or tired. Talk to someone you trust, and ask the hotline "
                                        "about counselling for the child and for yourself.</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "After a child tells you about abuse by a relative, which action should "
                                            "you avoid?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Calling the APLE hotline for advice",
                                                "correct": False,
                                                "feedback": (
                                                    "This is a good step. The hotline can guide you on what to do next."
                                                ),
                                            },
                                            {
                                                "text": "Writing down what the child said, with the date",
                                                "correct": False,
                                                "feedback": (
                                                    "This is helpful. Accurate notes support the professionals who "
                                                    "will follow up."
                                                ),
                                            },
                                            {
                                                "text": "Going to the relative's house to confront him",
                                                "correct": True,
                                                "feedback": (
                                                    "Right, this is the action to avoid. Confronting the suspect "
                                                    "can put the child in danger and give him a chance to destroy "
                                                    "evidence."
                                                ),
                                            },
                                            {
                                                "text": "Making sure the child is with a safe adult",
                                                "correct": False,
                                                "feedback": (
                                                    "This is important. The child's immediate safety always comes "
                                                    "first."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>អ្នកមិនចាំបាច់ស៊ើបអង្កេត ឬប្រាកដច្បាស់នោះទេ។ តួនាទីរបស់អ្នក "
                                        "គឺបញ្ជូនការព្រួយបារម្ភរបស់អ្នក "
                                        "ទៅមនុស្សដែលបានទទួលការបណ្តុះបណ្តាលដើម្បីចាត់វិធានការ៖</p><ul><li>ប្រសិនបើកុ"
                                        "មារស្ថិតក្នុងគ្រោះថ្នាក់ភ្លាមៗ សូមទូរស័ព្ទទៅ<b>នគរបាលតាមលេខ "
                                        "១២៨៨</b>។</li><li>ដើម្បីសុំដំបូន្មាន ឬធ្វើរបាយការណ៍ "
                                        "សូមទាក់ទង<b>ខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE តាមលេខ ០៩២ ៣១១ ៥១១</b> "
                                        "២៤ម៉ោងក្នុងមួយថ្ងៃ។</li><li>នៅសាលារៀន "
                                        "សូមអនុវត្តតាមគោលនយោបាយការពារកុមាររបស់សាលា "
                                        "និងជូនដំណឹងដល់បុគ្គលិកដែលទទួលបន្ទុកផងដែរ។</li></ul><p>កុំប្រឈមមុខដាក់មនុស្ស"
                                        "ដែលត្រូវបានសង្ស័យ ហើយកុំចែករំលែកព័ត៌មានលម្អិតជាមួយឪពុកម្តាយផ្សេងទៀត "
                                        "ឬនៅលើបណ្តាញសង្គម។ ការធ្វើបែបនេះ ការពារទាំងកុមារ និងសំណុំរឿង។</p>"
                                    ),
                                },
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>ការគាំទ្រកុមារបន្ទាប់ពីការរំលោភបំពាន អាចប៉ះពាល់ដល់អារម្មណ៍របស់អ្នក។ "
                                        "វាជារឿងធម្មតា ដែលអ្នកមានអារម្មណ៍ខូចចិត្ត មានវិប្បដិសារី ឬអស់កម្លាំង។ "
                                        "សូមនិយាយជាមួយមនុស្សដែលអ្នកទុកចិត្ត "
                                        "ហើយសាកសួរខ្សែទូរស័ព្ទបន្ទាន់អំពីសេវាប្រឹក្សាយោបល់ សម្រាប់កុមារ "
                                        "និងសម្រាប់ខ្លួនអ្នកផ្ទាល់។</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": (
                                            "បន្ទាប់ពីកុមារប្រាប់អ្នកអំពីការរំលោភបំពានដោយសាច់ញាតិម្នាក់ តើសកម្មភាពមួយណាដែលអ្នកគួរជៀសវាង?"
                                        ),
                                        "options": [
                                            {
                                                "text": "ទូរស័ព្ទទៅខ្សែទូរស័ព្ទបន្ទាន់របស់ APLE ដើម្បីសុំដំបូន្មាន",
                                                "correct": False,
                                                "feedback": ("នេះជាជំហានល្អ។ ខ្សែទូរស័ព្ទបន្ទាន់អាចណែនាំអ្នកពីអ្វីដែលត្រូវធ្វើបន្ទាប់។"),
                                            },
                                            {
                                                "text": "កត់ត្រាអ្វីដែលកុមារបាននិយាយ ព្រមទាំងកាលបរិច្ឆេទ",
                                                "correct": False,
                                                "feedback": (
                                                    "នេះមានប្រយោជន៍។ កំណត់ត្រាត្រឹមត្រូវ ជួយគាំទ្រអ្នកជំនាញដែលនឹងតាមដានករណីនេះ។"
                                                ),
                                            },
                                            {
                                                "text": "ទៅផ្ទះសាច់ញាតិនោះ ដើម្បីប្រឈមមុខដាក់គាត់",
                                                "correct": True,
                                                "feedback": (
                                                    "ត្រឹមត្រូវ នេះជាសកម្មភាពដែលត្រូវជៀសវាង។ "
                                                    "ការប្រឈមមុខដាក់ជនសង្ស័យ អាចធ្វើឱ្យកុមារស្ថិតក្នុងគ្រោះថ្នាក់ "
                                                    "និងផ្តល់ឱកាសឱ្យគាត់បំផ្លាញភស្តុតាង។"
                                                ),
                                            },
                                            {
                                                "text": "ធ្វើឱ្យប្រាកដថា កុមារនៅជាមួយមនុស្សពេញវ័យដែលមានសុវត្ថិភាព",
                                                "correct": False,
                                                "feedback": (
                                                    "នេះមានសារៈសំខាន់ណាស់។ សុវត្ថិភាពភ្លាមៗរបស់កុមារ តែងតែជាអាទិភាពទីមួយ។"
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "title": {
                            "en": "Supporting a child's recovery",
                            "km": "ការគាំទ្រការជាសះស្បើយរបស់កុមារ",
                        },
                        "content": {
                            "en": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>Children can and do recover from abuse, especially when the adults "
                                        "around them respond with patience and love. In the weeks and months after "
                                        "a child tells you:</p><ul><li>keep daily routines such as school, meals "
                                        "and bedtime as normal as possible</li><li>let the child talk when they "
                                        "want to, without pushing</li><li>expect ups and downs; difficult feelings "
                                        "may return around court dates or anniversaries</li><li>work with social "
                                        "workers and counsellors, and ask APLE about support during the justice "
                                        "process</li></ul><p>Above all, keep showing the child that they are loved, "
                                        "believed and not to blame.</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": "Which statement about recovery is true?",
                                        "options": [
                                            {
                                                "text": "Children recover best if nobody ever mentions what happened",
                                                "correct": False,
                                                "feedback": (
                                                    "Silence can make children feel ashamed. Let them talk when "
                                                    "they are ready."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Steady routines and patient, loving adults help children recover"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. Stability and support make a real difference over time."
                                                ),
                                            },
                                            {
                                                "text": "Once the court case ends, the child will feel fine",
                                                "correct": False,
                                                "feedback": (
                                                    "Recovery takes time and may continue long after the case. "
                                                    "Ongoing support matters."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                            "km": [
                                {
                                    "type": "paragraph",
                                    "value": (
                                        "<p>កុមារអាចជាសះស្បើយពីការរំលោភបំពានបាន "
                                        "ជាពិសេសនៅពេលដែលមនុស្សពេញវ័យនៅជុំវិញពួកគេ ឆ្លើយតបដោយការអត់ធ្មត់ "
                                        "និងក្តីស្រឡាញ់។ ក្នុងរយៈពេលប៉ុន្មានសប្តាហ៍ និងប៉ុន្មានខែ "
                                        "បន្ទាប់ពីកុមារប្រាប់អ្នក៖</p><ul><li>រក្សាទម្លាប់ប្រចាំថ្ងៃ ដូចជាការទៅសាលា "
                                        "ពេលបាយ និងពេលចូលគេង ឱ្យនៅធម្មតាតាមដែលអាចធ្វើបាន</li><li>ទុកឱ្យកុមារនិយាយនៅ"
                                        "ពេលដែលពួកគេចង់និយាយ ដោយមិនបង្ខំ</li><li>ត្រៀមខ្លួនសម្រាប់ពេលល្អ "
                                        "និងពេលពិបាក ព្រោះអារម្មណ៍ពិបាកៗអាចត្រឡប់មកវិញ នៅជិតថ្ងៃសវនាការ "
                                        "ឬថ្ងៃខួប</li><li>ធ្វើការជាមួយបុគ្គលិកសង្គមកិច្ច និងអ្នកប្រឹក្សាយោបល់ "
                                        "ហើយសាកសួរ APLE អំពីការគាំទ្រក្នុងដំណើរការយុត្តិធម៌</li></ul><p>លើសពីនេះទៅទៀ"
                                        "ត សូមបន្តបង្ហាញដល់កុមារថា ពួកគេត្រូវបានគេស្រឡាញ់ ជឿជាក់ "
                                        "និងមិនមែនជាអ្នកដែលត្រូវបន្ទោសឡើយ។</p>"
                                    ),
                                },
                                {
                                    "type": "check",
                                    "value": {
                                        "question": "តើសេចក្តីថ្លែងណាមួយអំពីការជាសះស្បើយ ដែលពិត?",
                                        "options": [
                                            {
                                                "text": (
                                                    "កុមារជាសះស្បើយបានល្អបំផុត ប្រសិនបើគ្មាននរណាម្នាក់និយាយពីអ្វីដែលបានកើតឡើងសោះ"
                                                ),
                                                "correct": False,
                                                "feedback": (
                                                    "ភាពស្ងៀមស្ងាត់ អាចធ្វើឱ្យកុមារមានអារម្មណ៍ខ្មាស់អៀន។ "
                                                    "សូមទុកឱ្យពួកគេនិយាយ នៅពេលពួកគេត្រៀមខ្លួនរួច។"
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "ទម្លាប់ប្រចាំថ្ងៃដែលទៀងទាត់ និងមនុស្សពេញវ័យដែលអត់ធ្មត់ "
                                                    "និងមានក្តីស្រឡាញ់ ជួយឱ្យកុមារជាសះស្បើយ"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "ត្រូវហើយ។ ស្ថិរភាព និងការគាំទ្រ បង្កើតភាពខុសគ្នាពិតប្រាកដ តាមពេលវេលា។"
                                                ),
                                            },
                                            {
                                                "text": "នៅពេលសំណុំរឿងនៅតុលាការបញ្ចប់ កុមារនឹងមានអារម្មណ៍ធម្មតាវិញ",
                                                "correct": False,
                                                "feedback": (
                                                    "ការជាសះស្បើយត្រូវការពេលវេលា ហើយអាចបន្តយូរ "
                                                    "បន្ទាប់ពីសំណុំរឿងបញ្ចប់។ ការគាំទ្រជាបន្តបន្ទាប់ "
                                                    "មានសារៈសំខាន់ណាស់។"
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
]
