// Tests for app/core/model/citation.cpp: formatted citations and which links may open.
#include "core/model/citation.hpp"

#include <doctest/doctest.h>

using namespace tieline::core;

TEST_CASE("citation: author, title, container, date, archive and link in one line") {
    model::Source s;
    s.key = "s01";
    s.title = "Why Won't China Help With North Korea? Remember 1956";
    s.authors = {{"Radchenko", "Sergey", ""}};
    s.containerTitle = "ChinaFile";
    s.issued = "2017-07";
    s.url = "https://www.chinafile.com/x";
    CHECK(model::formatCitation(s) ==
          "Radchenko, Sergey. \xE2\x80\x9CWhy Won't China Help With North Korea? Remember 1956\xE2\x80\x9D. "
          "ChinaFile, 2017-07. https://www.chinafile.com/x.");
    model::Source d;
    d.key = "d18";
    d.title = "Cable from Mikoyan";
    d.archive = "AVPRF";
    d.archiveLocation = "f. 0102, op. 12";
    d.translators = {{"Goldberg", "Gary", ""}};
    CHECK(model::formatCitation(d) == "\xE2\x80\x9C"
                                      "Cable from Mikoyan\xE2\x80\x9D. Translated by Goldberg, Gary. "
                                      "Archive: AVPRF, f. 0102, op. 12.");
    model::Source b;
    b.key = "book";
    b.title = "Crisis";
    b.authors = {{"Lankov", "Andrei", ""}, {"", "", "Wilson Center"}};
    b.publisher = "University of Hawai'i Press";
    b.publisherPlace = "Honolulu";
    b.issued = "2005";
    CHECK(model::formatCitation(b) == "Lankov, Andrei and Wilson Center. \xE2\x80\x9C"
                                      "Crisis\xE2\x80\x9D. "
                                      "Honolulu: University of Hawai'i Press, 2005.");
}

TEST_CASE("citation: only http, https and DOI links may open") {
    model::Source s;
    s.url = "https://example.org/a?b=c";
    CHECK(model::safeSourceLink(s) == "https://example.org/a?b=c");
    s.doi = "10.1080/14682745.2018.1507022";
    CHECK(model::safeSourceLink(s) == "https://doi.org/10.1080/14682745.2018.1507022");
    s.doi = "doi:10.1000/xyz";
    CHECK(model::safeSourceLink(s) == "https://doi.org/10.1000/xyz");
    s.doi = "not a doi";
    CHECK(model::safeSourceLink(s) == "https://example.org/a?b=c");
    for (const char* bad :
         {"javascript:alert(1)", "file:///etc/passwd", "ftp://x", "http://", "https:///x", "https://a b",
          "https://x\n", "HTTP:x", "--help", "https://x\"y", "data:text/html,x"}) {
        model::Source u;
        u.url = bad;
        CHECK_MESSAGE(!model::safeSourceLink(u), bad);
    }
}
