"""link_people: the corpus pass that gives each person (and organisation) one value across articles.

tag_entities already linked surnames to full names within each article (Mykhailo Fedorov and Ivan Fedorov
stay apart because each article names its own). Here, in order:
1. one_facet.corpus_consistency: a bare word filed as a person with no personal evidence in its article
   takes the reading most of the corpus gives it ("Chelsea" the club, not a person);
2. spelling variants of the same full name get the corpus's most common form;
3. (surname_links.py) a bare surname left over is linked to a full name across articles only when the mention is a person
   in its own article (an honorific or office before it, or the model's PERSON label on a word the corpus mostly
   reads as a person: "Bolton" the club and town is not John Bolton), the word is not a given name
   of other people in the corpus ("David"), and one person in the corpus (or in ``known_people``) carries
   that surname -- or one carries it in far more articles than all the others together;
4. a name the corpus speaks of only as a business ("Touche Ross and Co", "privatise Snowy Hydro") and never
   as a person becomes an organisation; a bare one-word name nothing in the corpus shows to be a person
   (no honorific or office before it, no "he"/"she" after it, never a full name's surname) is dropped from
   the people: storms, firms and districts the model read as names (a given name the model read as a person,
   "my name is John", stays a mention labelled NO_FACET); a bare surname of two or more different
   people of the archive, a full name nothing in the archive shows to be a person (person_evidence.py), and a
   place with no country that nothing in the archive shows to be a place (unproven.py), stay mentions
   labelled NO_FACET: no facet value; a bare word tagged ORG that the archive reads as one person's
   surname in most of its articles is that person (surname_orgs.py);
5. org_variants.merge_org_variants: "IMF" / "International Monetary Fund", "Labour" / "Labour Party";
6. archive.rehome_places: a town filed under a foreign namesake is read in the archive's home country;
7. mention_spans.restore: "Long Name (LN)" as two mentions of one value, and org mentions weeded out as the
   archive's ordinary words back as mentions with no facet value (the text's mentions, as news NER marks them).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from search.model import NO_FACET, Article

from . import nicknames, one_facet, state_chambers, switches, unproven
from .archive import rehome_places
from .archive_name_forms import merge_archive_forms
from .boilerplate import drop_furniture_mentions
from .brand_words import settle as settle_brand_words
from .broadcast_titles import settle_broadcast_titles
from .campus_names import refile_campuses
from .club_full_names import merge_club_full_names
from .club_towns import refile_club_towns
from .credit_lines import label_credits
from .east_asian_names import refile_family_orgs
from .family_names import learn as learn_family_names
from .former_countries import file_under_former_countries
from .given_alone import gate_shared_given_names, link_sole_given_names
from .initialled_names import refile_initialled_names
from .listed_firms import refile_listed_firms
from .mention_spans import restore as restore_mentions
from .middle_names import restore_given_names
from .name_furniture import trim_furniture
from .org_acronym_scan import scan_defined_acronyms
from .org_and_tails import extend_cut_names
from .org_campuses import settle_campuses
from .org_countries import qualify_generic_bodies
from .org_fragments import restore_whole_names
from .org_mononyms import refile_mononyms
from .org_own_definitions import mend_cuts as mend_cut_definitions
from .org_own_definitions import settle as settle_own_definitions
from .org_place_tails import glue_place_tails
from .org_possessive import restore_name_possessives
from .org_variants import merge_org_variants
from .people import form_key
from .person_bodies import firms_named_like_people
from .person_cut_names import gate_cut_names
from .person_evidence import gate_unevidenced_people
from .person_facilities import gate_named_facilities
from .person_makers import gate_maker_names
from .person_media import gate_outlets_and_works, refile_media
from .person_nicknames import merge_nicknames
from .person_prefixes import (
    cut_glued_leads,
    merge_dropped_words,
    merge_middle_initials,
    merge_prefix_names,
    spread_royal_styles,
)
from .person_shapes import gate_person_shapes
from .person_spellings import merge_spellings
from .person_titles import drop_credit_tails, drop_postnominals
from .place_bodies import refile_cued_bodies
from .place_forms import merge_place_forms
from .place_fragments import settle_fragments, settle_heads_and_forms
from .place_lists import refile_listed_places
from .place_owners import settle_owned_places
from .place_surnames import given_names_read_as_places, surnames_read_as_places
from .place_uses import refile_place_uses
from .region_codes import settle_archive as settle_archive_codes
from .small_places import settle_small_places
from .surname_links import (
    drop_common_nouns,
    drop_unattested,
    gate_shared_surnames,
    link_surnames,
    office_roles,
    unlink_misfits,
)
from .surname_orgs import refile_surname_orgs
from .team_nicknames import refile_team_nicknames
from .title_surnames import settle as settle_title_surnames
from .venues import refile_venues


def link_people(articles: list[Article], known_people: Iterable[str] = (), known_orgs: Iterable[str] = ()) -> None:
    with switches.frozen():  # the rules' switches read once for the pass
        _link_people(articles, known_people, known_orgs)


def _link_people(articles: list[Article], known_people: Iterable[str], known_orgs: Iterable[str]) -> None:
    drop_furniture_mentions(articles)  # a site's promotion repeated under many stories ("Get the Monitor Stories")
    trim_furniture(articles)  # "X Share", "View Photo", a byline run into the story's first word
    drop_postnominals(articles)  # "Jo Cox MP" is Jo Cox
    drop_credit_tails(articles)  # "Jonathan Ernst/Reuters" is Jonathan Ernst
    restore_name_possessives(articles)  # "McDonald's said": a firm's name that ends in "'s" keeps it
    restore_given_names(articles)  # "Dr Sameer [Kumar Adhikari]": the given name cut before a middle name
    spread_royal_styles(articles)  # round 47: "Prince Harry ... Harry said": the prince
    cut_glued_leads(articles)  # round 47: "Agriculture CS Peter Munya" beside "Peter Munya": Peter Munya
    settle_title_surnames(articles)  # round 64: "CM Bugti" is the archive's Chief Minister Sarfraz Bugti
    one_facet.corpus_consistency(articles)
    settle_archive_codes(articles)  # "ROK", "QLD" the archive reads as one place elsewhere
    refile_initialled_names(articles)  # round 62: "JP Duminy" tagged ORG beside "Duminy was dismissed": the person
    forms: dict[str, Counter] = {}
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and len(m.value.split()) >= 2:
                forms.setdefault(form_key(m.value), Counter())[m.value] += 1
    # Most common form wins; ties go to the first seen, so results do not depend on hash order.
    canonical = {k: max(c, key=lambda f: (c[f], -list(c).index(f))) for k, c in forms.items()}
    # A name already in the index keeps its spelling: a later file spelling it "Zelenskyy" must not
    # split one person into two facet values across indexing runs.
    for name in sorted(known_people):
        if len(name.split()) >= 2:
            key = form_key(name)
            if key not in canonical or canonical[key] not in known_people:
                canonical[key] = name
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and len(m.value.split()) >= 2:
                m.value = canonical.get(form_key(m.value), m.value)
    # one pass for both: unlinking only touches one-word mentions, which the roles never count
    surnames_read_as_places(articles)
    given_names_read_as_places(articles)  # "her daughter Sofia", "Princess Charlotte": no Bulgaria, no North Carolina
    roles = office_roles(articles)
    unlink_misfits(articles, roles)
    learnt = learn_family_names(articles)  # "Mr Hui" of "Herbert Hui Ho Ming": his family name is no last word
    link_surnames(articles, canonical, roles, learnt)
    firms_named_like_people(articles)
    refile_surname_orgs(articles)  # "voted for Trump" tagged ORG: the archive's Donald Trump
    refile_family_orgs(articles, learnt)  # round 66: "Wang said" tagged ORG, where the archive names several Wangs
    refile_mononyms(articles)  # round 66: "Beyoncé", "Drake" tagged ORG in article after article: people
    link_sole_given_names(articles)  # round 66: "Kanye" alone, the archive's one Kanye: Kanye West
    drop_unattested(articles)
    drop_common_nouns(articles)
    gate_shared_surnames(articles, learnt)
    gate_shared_given_names(articles)  # "Tom", "Max" beside many full names: nobody in particular
    other = gate_unevidenced_people(articles, known_people)
    settle_fragments(articles)  # "North" alone, "Autonomous Region" cut from "of X", "PAPUA New Guinea" cut at its head
    settle_heads_and_forms(articles)  # "the Strait" (of Hormuz), "the Islamic Republic" (of Iran)
    settle_small_places(articles)  # a home country's villages the main gazetteer lacks (before they count as unplaced)
    refile_cued_bodies(articles)  # "the charity Oxfam" tagged LOC, never located: a body (round 43)
    refile_listed_firms(articles)  # round 59: "Spain's Santander ( SAN.MC )": the bank, not the city
    unproven.drop_unplaced(articles)
    restore_whole_names(articles)  # "Public and [Commercial Services Union]": the name the archive tags whole
    refile_club_towns(articles)  # round 50: a sports outlet's "Newcastle have signed ...": the club
    refile_team_nicknames(articles)  # round 53: "the Bears" beside the archive's "Chicago Bears": the team
    state_chambers.settle(articles)  # round 53: "the state Senate", "Senate Bill 327": the state's, not the nation's
    extend_cut_names(articles)  # round 58: "[US Customs] and Border Protection" as the archive always writes it
    settle_campuses(articles)  # round 62: "University of Iowa, Iowa City", its one campus: the University of Iowa
    mend_cut_definitions(articles)  # round 64: "[Human Rights Commission] of Pakistan (HRCP)": the whole name
    merge_org_variants(articles, known_orgs)
    settle_own_definitions(articles)  # round 64: "Board of Control for Cricket in India (BCCI)": that BCCI here
    glue_place_tails(articles)  # "[Amnesty International] [UK]": a body's country section is one name (after the gates)
    merge_club_full_names(articles)  # round 58: a football outlet's "Newcastle" is its one "Newcastle United"
    scan_defined_acronyms(articles)  # round 58: "the Football Association (FA)": the archive's untagged "FA" too
    # merge_org_variants files an org mention under a gated full name as that person again ("Fuels
    # Australia" ORG -> person): a value gated as a place-named body or a name fragment stays out of the facet
    for a in articles if other else ():
        for m in a.mentions:
            if m.kind == "person" and m.value in other:
                m.label = NO_FACET
    gate_person_shapes(articles)  # after merge_org_variants: its refiled persons too
    if switches.get("NEWSFACET_REFILED_SURNAMES", "1") != "0":  # round 65: ... and the shared-surname gate for them
        gate_shared_surnames(articles, learnt)  # ("said Acharya" tagged ORG, refiled: one of the archive's Acharyas)
    settle_brand_words(articles)  # round 64: "SpaceX said": the archive's body of that name, or no facet
    gate_maker_names(articles)  # round 57: "Facebook Messenger", "Pioneer Sugar": a body's thing, not a person
    gate_named_facilities(articles)  # round 58: "[Ronald Reagan] Washington National Airport": not the person
    merge_prefix_names(articles)  # "David Li" beside "David Li Kwok Po" in one article: one person
    merge_middle_initials(articles)  # "Donald J. Trump" and "Donald Trump" written in one article: one person
    merge_dropped_words(articles)  # "Biplab Kumar Deb" and "Biplab Deb" written in one article: one person
    merge_archive_forms(articles)  # round 65: "Rafael Mariano Grossi", "Rafael Grossi" in two articles: one person
    merge_spellings(articles)  # "George Schultz" beside "George Shultz" in one article: one person
    merge_nicknames(articles)  # "Dan Andrews" and "Daniel Andrews" in the archive: one person
    gate_cut_names(articles)  # round 59: "[Vikram] Misri", "[Associate] Professor X": the front of a longer name
    refile_media(articles)  # "wrote on Twitter": a platform the model read as a person
    gate_outlets_and_works(articles)  # "the daily X", "the film X", "X dolls": a newspaper or a work
    refile_place_uses(articles)  # districts and suburbs the model read as bodies or people: the archive's places
    refile_listed_places(articles)  # "Chitral, Dir, Swat and Kohistan": an item of a list of places is one
    refile_venues(articles)  # grounds, rooms, libraries the model read as bodies: places ("at Murrayfield")
    refile_campuses(articles)  # "study at Victoria", "UC Santa Barbara": the university, not the town
    rehome_places(articles)  # towns filed under a foreign namesake: the archive's home country
    settle_owned_places(articles)  # "Delhi's Geeta Colony": Geeta Colony, in Delhi (round 43)
    merge_place_forms(articles)  # "North Phyongan" and "North Phyongan Province": one place, one value
    file_under_former_countries(articles)  # "MOSCOW, March 3" of a 1987 wire: the Soviet Union
    settle_broadcast_titles(articles)  # "BBC One's Breakfast with Frost": a programme, no place and no person
    qualify_generic_bodies(articles)  # "Ministry of Health" of Ghana and of Kenya in one pooled archive: two bodies
    restore_mentions(articles)  # "Long Name (LN)" as two mentions, ordinary-word orgs back with no facet
    for a in articles:  # last: a credit line's names the corpus passes found or refiled stay its staff (round 51)
        label_credits(a, a.mentions, places=True)
        nicknames.settle(a.mentions)  # 'Jesús “Chuy” García' is Jesús García, however a pass wrote him (round 52)
    nicknames.link(articles)  # ... and so are "Chuy" beside him and "Chuy Garcia" in the archive
