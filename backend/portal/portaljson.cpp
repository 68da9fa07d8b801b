#include "backend/portal/portaljson.h"

#include <cstdio>

#include "backend/portal/portalhtml.h"
#include "backend/portal/portalquery.h"
#include "domain/date.h"

namespace fc::server::portal {
namespace {

// Builds one JSON object: field(...) in order, then str().
class Object {
public:
    Object &field(std::string_view name, const std::string &rawJson) {
        out_ += out_.size() > 1 ? "," : "";
        out_ += jsonString(name) + ":" + rawJson;
        return *this;
    }
    Object &text(std::string_view name, std::string_view value) { return field(name, jsonString(value)); }
    Object &number(std::string_view name, std::int64_t value) { return field(name, std::to_string(value)); }
    Object &date(std::string_view name, domain::Date value) { return text(name, domain::formatIsoDate(value)); }
    std::string str() const { return out_ + "}"; }

private:
    std::string out_ = "{";
};

template <typename T, typename F>
std::string array(const std::vector<T> &items, F &&each) {
    std::string out = "[";
    for (const auto &item : items) {
        if (out.size() > 1) out += ',';
        out += each(item);
    }
    return out + "]";
}

Object pageFields(std::int64_t total, int page, int pageSize) {
    Object o;
    o.number("total", total).number("page", page).number("page_size", pageSize);
    return o;
}

}  // namespace

std::string jsonString(std::string_view text) {
    std::string out = "\"";
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20 || ch == '<' || ch == '>' || ch == '&') {
                // Also <, > and &: the JSON stays inert if someone pastes it into HTML.
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    return out + "\"";
}

std::string decisionJson(const domain::PublicDecision &d) {
    const bool withdrawn = d.status == domain::PublicDecision::Status::Withdrawn;
    Object o;
    o.text("id", d.caseId)
        .text("url", "/decisions/" + percentEncode(d.caseId))
        .text("case_number", d.caseNumber)
        .text("agency", d.agency)
        .text("party_name", d.partyName)
        .text("party_credit_code", d.partyCreditCode)
        .text("violation_type", d.violationType)
        .text("status", withdrawn ? "withdrawn" : "published");
    if (withdrawn) {
        Object w;
        w.date("date", domain::localDateOf(d.withdrawnAtMs)).text("reason", d.withdrawalReason);
        o.field("withdrawal", w.str());
    } else {
        o.text("facts", d.facts).text("legal_basis", d.legalBasis).text("conclusion", d.conclusion);
    }
    o.date("decided_on", d.decidedOn).date("published_on", d.publishedOn).date("visible_until", d.visibleUntil);
    return o.str();
}

std::string decisionPageJson(const PublicRecords::DecisionPage &page) {
    return pageFields(page.total, page.page, page.pageSize).field("items", array(page.items, decisionJson)).str();
}

std::string enterpriseJson(const PublicRecords::EnterpriseRecord &e) {
    Object o;
    o.text("credit_code", e.creditCode)
        .text("name", e.name)
        .text("industry", e.industry)
        .text("town", e.town)
        .text("credit_level", domain::creditLevelName(e.level))
        .text("credit_level_name", levelColourName(e.level));
    if (e.listing) {
        Object l;
        l.text("reason", e.listing->reason)
            .text("case_number", e.listing->caseNumber)
            .date("listed_on", e.listing->listedOn)
            .date("ends_on", e.listing->endsOn);
        o.field("blacklist", l.str());
    } else {
        o.field("blacklist", "null");
    }
    return o.field("decisions", array(e.decisions, decisionJson)).str();
}

std::string blacklistJson(const PublicRecords::BlacklistPage &page) {
    const auto item = [](const PublicRecords::PublicListing &item) {
        const auto &l = item.listing;
        Object o;
        o.text("credit_code", l.enterpriseCode)
            .text("name", l.enterpriseName)
            .text("url", "/enterprises/" + percentEncode(l.enterpriseCode))
            .text("reason", l.entry.reason)
            .text("case_number", l.entry.caseNumber)
            .field("decision_url", item.decisionInView ? jsonString("/decisions/" + percentEncode(l.entry.caseId))
                                                       : std::string("null"))
            .date("listed_on", l.entry.listedOn)
            .date("ends_on", l.entry.endsOn);
        return o.str();
    };
    return pageFields(page.total, page.page, page.pageSize).field("items", array(page.items, item)).str();
}

std::string errorJson(int status, const std::string &message) {
    Object e;
    e.number("status", status).text("message", message);
    return Object().field("error", e.str()).str();
}

}  // namespace fc::server::portal
