"""Programme pages (Our Work) and the glossary, as a reader sees them in English and Khmer."""

import json

import pytest

from aple_site.core.models import GlossaryTerm
from aple_site.home.models import ProgrammePage, StandardPage
from tests.factories import GlossaryTermFactory, ProgrammePageFactory, StandardPageFactory
from tests.helpers import soup, url_in

GOALS = [
    (("Targeted education", "ការអប់រំតាមគោលដៅ"), ("Lessons for every age.", "មេរៀនសម្រាប់គ្រប់វ័យ។")),
    (("Public awareness", "ការយល់ដឹងជាសាធារណៈ"), ("Everyone knows where to report.", "គ្រប់គ្នាដឹងកន្លែងរាយការណ៍។")),
    (("Private-sector engagement", "ការចូលរួមពីវិស័យឯកជន"), ("Safer services.", "សេវាកម្មមានសុវត្ថិភាពជាង។")),
    (("A prevention ecosystem", "ប្រព័ន្ធបង្ការ"), ("Protection that lasts.", "ការការពារដែលមាននិរន្តរភាព។")),
]
ACTIVITIES = [
    (("Sessions in schools", "វគ្គនៅសាលារៀន"), ("We talk with pupils.", "យើងពិភាក្សាជាមួយសិស្ស។")),
    (("Training teachers", "ការបណ្តុះបណ្តាលគ្រូ"), ("Teachers learn the signs.", "គ្រូរៀនស្គាល់សញ្ញា។")),
]


@pytest.fixture
def programme(db):
    return ProgrammePageFactory(
        title_en="Early Prevention",
        title_km="ការបង្ការជាមុន",
        heading_en="Community Engagement",
        heading_km="ការចូលរួមរបស់សហគមន៍",
        overview_en="<p>Stopping abuse before it starts.</p>",
        overview_km="<p>បញ្ឈប់ការរំលោភបំពានមុនពេលវាចាប់ផ្តើម។</p>",
        goals=GOALS,
        activities=ACTIVITIES,
    )


@pytest.mark.parametrize("language,index", [("en", 0), ("km", 1)])
def test_a_programme_shows_its_goals_as_cards_then_its_activities(client, programme, language, index):
    html = soup(client.get(url_in(programme, language)))
    assert html.h1.get_text(strip=True) == ("Community Engagement", "ការចូលរួមរបស់សហគមន៍")[index]
    assert html.find(class_="eyebrow").get_text(strip=True) == ("Early Prevention", "ការបង្ការជាមុន")[index]
    overview = html.find(class_="programme__overview").get_text(strip=True)
    assert overview == ("Stopping abuse before it starts.", "បញ្ឈប់ការរំលោភបំពានមុនពេលវាចាប់ផ្តើម។")[index]
    cards = html.select("ul.goals > li.goal")
    assert [card.h3.get_text(strip=True) for card in cards] == [goal[0][index] for goal in GOALS]
    assert [card.p.get_text(strip=True) for card in cards] == [goal[1][index] for goal in GOALS]
    assert html.find(id="programme-goals").get_text(strip=True) == ("Our goals", "គោលដៅរបស់យើង")[index]
    activities = html.select("ul.activities > li.activity")
    assert [item.h3.get_text(strip=True) for item in activities] == [item[0][index] for item in ACTIVITIES]
    assert [item.p.get_text(strip=True) for item in activities] == [item[1][index] for item in ACTIVITIES]
    heading = html.find(id="programme-activities").get_text(strip=True)
    assert heading == ("What the programme does", "អ្វីដែលកម្មវិធីនេះធ្វើ")[index]
    # Overview, then the goals, then the activities.
    text = str(html)
    assert text.index("programme__overview") < text.index('class="goals"') < text.index('class="activities"')


def test_a_goal_without_khmer_is_shown_in_english_marked_as_such(client, programme):
    goal = programme.goals.first()
    goal.text_km = ""
    goal.save()
    card = soup(client.get(url_in(programme, "km"))).select_one("li.goal")
    assert card.p["lang"] == "en" and card.p.get_text(strip=True) == "Lessons for every age."
    assert not card.h3.has_attr("lang")


def test_a_programme_without_a_heading_shows_its_title_and_its_own_section_headings(client, db):
    page = ProgrammePageFactory(title_en="Victim Support", activities=ACTIVITIES, activities_title_en="Our services")
    html = soup(client.get(url_in(page, "en")))
    assert html.h1.get_text(strip=True) == "Victim Support" and html.find(class_="eyebrow") is None
    assert html.find(id="programme-activities").get_text(strip=True) == "Our services"


def test_our_work_holds_programme_pages_and_editors_get_two_to_six_goals(admin_client, db):
    assert ProgrammePage in StandardPage.allowed_subpage_models()
    assert ProgrammePage.allowed_parent_page_models() == [StandardPage]
    our_work = StandardPageFactory()
    response = admin_client.get(f"/admin/pages/add/home/programmepage/{our_work.pk}/")
    assert response.status_code == 200
    form = response.context["form"]
    assert (form.formsets["goals"].min_num, form.formsets["goals"].max_num) == (2, 6)
    content = response.content.decode()
    assert 'name="heading_km"' in content and 'name="overview_en"' in content


def glossary_page(**kwargs):
    glossary = [{"type": "glossary", "value": {"title": ""}}]
    text = '<p>Beware of <a href="#glossary-grooming">grooming</a>.</p>'
    body_en = json.dumps([{"type": "paragraph", "value": text}, *glossary])
    return StandardPageFactory(body_en=body_en, body_km=json.dumps(glossary), **kwargs)


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_glossary_block_shows_every_term_in_the_pages_language_with_its_anchor(client, db, language):
    GlossaryTerm.objects.all().delete()
    GlossaryTermFactory(slug="grooming", term_en="Grooming", term_km="ការលួងលោមបញ្ឆោត")
    GlossaryTermFactory(slug="sextortion", term_en="Sextortion", term_km="ការជំរិតទារផ្លូវភេទ")
    page = glossary_page(title_en="Hotline")
    html = soup(client.get(url_in(page, language)))
    glossary = html.find("section", class_="glossary")
    assert glossary.h2.get_text(strip=True) == {"en": "Glossary", "km": "សទ្ទានុក្រម"}[language]
    terms = glossary.find_all("dt")
    assert [term["id"] for term in terms] == ["glossary-grooming", "glossary-sextortion"]
    expected = {"en": ["Grooming", "Sextortion"], "km": ["ការលួងលោមបញ្ឆោត", "ការជំរិតទារផ្លូវភេទ"]}[language]
    assert [term.get_text(strip=True) for term in terms] == expected
    assert terms[0].find_next_sibling("dd").get_text(strip=True).startswith({"en": "What", "km": "អត្ថន័យ"}[language])
    if language == "en":  # the word in the text leads to its definition on the same page
        assert html.find("a", string="grooming")["href"] == "#glossary-grooming"


def test_the_glossary_follows_the_editors_order_and_marks_missing_khmer(client, db):
    GlossaryTerm.objects.all().delete()
    GlossaryTermFactory(slug="later", sort_order=2)
    GlossaryTermFactory(slug="first", sort_order=1, definition_km="")
    html = soup(client.get(url_in(glossary_page(), "km")))
    terms = html.select(".glossary dt")
    assert [term["id"] for term in terms] == ["glossary-first", "glossary-later"]
    assert terms[0].find_next_sibling("dd")["lang"] == "en"
