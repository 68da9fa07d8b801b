#include "backend/portal/portalhtml.h"

#include <algorithm>
#include <functional>

#include "backend/portal/portalquery.h"
#include "domain/date.h"

namespace fc::server::portal {
namespace {

constexpr const char *kStyle = R"(
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1a1a1a;background:#f6f7f9;line-height:1.6}
header{background:#0b4f8a;color:#fff;padding:12px 24px}header a{color:#fff;margin-right:20px;text-decoration:none}
header .agency{font-size:1.2em;font-weight:bold;margin-right:32px}
main{max-width:1000px;margin:24px auto;padding:0 16px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #d0d5dc;padding:8px;text-align:left;vertical-align:top}
th{background:#eef1f5;white-space:nowrap}
form.search{background:#fff;padding:16px;border:1px solid #d0d5dc;margin-bottom:16px;display:flex;flex-wrap:wrap;gap:12px;align-items:end}
form.search label{display:flex;flex-direction:column;font-size:.9em}
input,select,button{font-size:1em;padding:6px;min-height:36px}
.withdrawn{border:2px solid #b3261e;background:#fdecea;padding:12px 16px}
.badge{display:inline-block;padding:0 8px;border-radius:4px;font-size:.9em}
.badge.withdrawn{padding:0 8px;border-width:1px}
.level{font-size:1.4em;font-weight:bold;padding:4px 14px;border-radius:6px;color:#fff}
.level-A{background:#2e7d32}.level-B{background:#1565c0}.level-C{background:#f9a825;color:#1a1a1a}.level-D{background:#111}
nav.pages{margin:16px 0}nav.pages a,nav.pages span{margin-right:16px}
.error{background:#fff;border:1px solid #d0d5dc;padding:16px}
footer{color:#666;font-size:.85em;text-align:center;margin:32px 0}
)";

std::string layout(const std::string &title, const std::string &body, const std::string &agency) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
    out += "<title>" + htmlEscape(title) + " - " + htmlEscape(agency) + "行政执法公示</title>";
    out += "<style>" + std::string(kStyle) + "</style></head><body>";
    out += "<header><span class=\"agency\">" + htmlEscape(agency) + "</span>";
    out += "<a href=\"/\">处罚决定公示</a><a href=\"/blacklist\">环境信用黑名单</a></header><main>";
    out += "<h1>" + htmlEscape(title) + "</h1>" + body + "</main>";
    out += "<footer>本站公示的行政处罚决定已依法对个人信息作去标识化处理。数据接口：<a href=\"/api/v1/decisions\">"
           "/api/v1/decisions</a></footer></body></html>\n";
    return out;
}

std::string iso(domain::Date d) { return domain::formatIsoDate(d); }

std::string row(const char *label, const std::string &valueHtml) {
    return std::string("<tr><th>") + label + "</th><td>" + valueHtml + "</td></tr>";
}

std::string decisionLink(const domain::PublicDecision &d) {
    return "<a href=\"/decisions/" + percentEncode(d.caseId) + "\">" + htmlEscape(d.caseNumber) + "</a>";
}

std::string enterpriseLink(const std::string &code, const std::string &label) {
    return "<a href=\"/enterprises/" + percentEncode(code) + "\">" + htmlEscape(label) + "</a>";
}

std::string withdrawnBadge(const domain::PublicDecision &d) {
    return d.status == domain::PublicDecision::Status::Withdrawn ? " <span class=\"badge withdrawn\">已撤回</span>"
                                                                 : std::string();
}

std::string decisionTable(const std::vector<domain::PublicDecision> &items, bool withParty) {
    std::string out = "<table><thead><tr><th>决定书文号</th>";
    if (withParty) out += "<th>当事人</th>";
    out += "<th>违法类型</th><th>处罚结果</th><th>决定日期</th></tr></thead><tbody>";
    for (const auto &d : items) {
        out += "<tr><td>" + decisionLink(d) + withdrawnBadge(d) + "</td>";
        if (withParty) out += "<td>" + htmlEscape(d.partyName) + "</td>";
        const bool withdrawn = d.status == domain::PublicDecision::Status::Withdrawn;
        out += "<td>" + htmlEscape(d.violationType) + "</td><td>" +
               (withdrawn ? std::string("（已撤回）") : htmlEscape(d.conclusion)) + "</td><td>" + iso(d.decidedOn) +
               "</td></tr>";
    }
    return out + "</tbody></table>";
}

std::string pager(int page, int pageSize, std::int64_t total, const std::function<std::string(int)> &href) {
    const auto pages = static_cast<int>(std::min<std::int64_t>((total + pageSize - 1) / pageSize, PublicRecords::kMaxPage));
    std::string out = "<nav class=\"pages\"><span>共 " + std::to_string(total) + " 条，第 " + std::to_string(page) +
                      " / " + std::to_string(std::max(pages, 1)) + " 页</span>";
    if (page > 1) out += "<a rel=\"prev\" href=\"" + htmlEscape(href(page - 1)) + "\">上一页</a>";
    if (page < pages) out += "<a rel=\"next\" href=\"" + htmlEscape(href(page + 1)) + "\">下一页</a>";
    return out + "</nav>";
}

std::string input(const char *name, const char *label, const std::string &value, const char *type = "text") {
    return std::string("<label>") + label + "<input type=\"" + type + "\" name=\"" + name + "\" value=\"" +
           htmlEscape(value) + "\"></label>";
}

}  // namespace

std::string htmlEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string_view levelColourName(domain::CreditLevel level) {
    switch (level) {
    case domain::CreditLevel::A: return "绿牌（环保诚信）";
    case domain::CreditLevel::B: return "蓝牌（环保良好）";
    case domain::CreditLevel::C: return "黄牌（环保警示）";
    case domain::CreditLevel::D: return "黑牌（环保不良）";
    }
    return "";
}

std::string searchHtml(const PublicRecords::Query &query, const PublicRecords::DecisionPage &page,
                       const std::vector<std::string> &violationTypes, const std::string &agency) {
    const auto &f = query.filter;
    std::string body = "<form class=\"search\" method=\"get\" action=\"/\">";
    body += input("name", "当事人名称", f.partyName);
    body += input("code", "统一社会信用代码", f.partyCreditCode);
    body += input("from", "决定日期自", f.decidedFrom ? iso(*f.decidedFrom) : std::string(), "date");
    body += input("to", "至", f.decidedTo ? iso(*f.decidedTo) : std::string(), "date");
    body += "<label>违法类型<select name=\"type\"><option value=\"\">全部</option>";
    for (const auto &t : violationTypes) {
        body += "<option" + std::string(t == f.violationType ? " selected" : "") + ">" + htmlEscape(t) + "</option>";
    }
    body += "</select></label><button type=\"submit\">查询</button></form>";
    if (page.items.empty()) {
        body += "<p class=\"empty\">没有符合条件的公示记录。</p>";
    } else {
        body += decisionTable(page.items, true);
    }
    body += pager(page.page, page.pageSize, page.total, [&](int p) { return "/" + queryString(query, p); });
    return layout("行政处罚决定公示", body, agency);
}

std::string decisionHtml(const domain::PublicDecision &d, const std::string &agency) {
    std::string body;
    const bool withdrawn = d.status == domain::PublicDecision::Status::Withdrawn;
    if (withdrawn) {
        body += "<div class=\"withdrawn\" id=\"withdrawal\"><strong>本公示已撤回</strong>（" +
                iso(domain::localDateOf(d.withdrawnAtMs)) + "）。撤回原因：" + htmlEscape(d.withdrawalReason) +
                "</div>";
    }
    body += "<table class=\"decision\">";
    body += row("决定书文号", htmlEscape(d.caseNumber));
    body += row("执法机关", htmlEscape(d.agency));
    body += row("当事人", htmlEscape(d.partyName));
    body += row("统一社会信用代码", enterpriseLink(d.partyCreditCode, d.partyCreditCode));
    body += row("违法类型", htmlEscape(d.violationType));
    if (!withdrawn) {
        body += row("违法事实", "<span id=\"facts\">" + htmlEscape(d.facts) + "</span>");
        body += row("处罚依据", htmlEscape(d.legalBasis));
        body += row("处罚结果", htmlEscape(d.conclusion));
    }
    body += row("决定日期", iso(d.decidedOn));
    body += row("公示日期", iso(d.publishedOn));
    body += row("公示截止", iso(d.visibleUntil));
    body += "</table>";
    return layout(withdrawn ? "行政处罚决定（已撤回）" : "行政处罚决定", body, agency);
}

std::string enterpriseHtml(const PublicRecords::EnterpriseRecord &e, const std::string &agency) {
    const auto level = std::string(domain::creditLevelName(e.level));
    std::string body = "<table class=\"enterprise\">";
    body += row("名称", htmlEscape(e.name));
    body += row("统一社会信用代码", htmlEscape(e.creditCode));
    body += row("行业", htmlEscape(e.industry));
    body += row("所在乡镇", htmlEscape(e.town));
    body += row("环境信用等级", "<span class=\"level level-" + level + "\" id=\"credit-level\">" + level + " 级</span> " +
                                 std::string(levelColourName(e.level)));
    if (e.listing) {
        body += row("黑名单", "列入日期 " + iso(e.listing->listedOn) + "，期满日期 " + iso(e.listing->endsOn) +
                                 "；原因：" + htmlEscape(e.listing->reason));
    }
    body += "</table><h2>公示中的行政处罚决定</h2>";
    body += e.decisions.empty() ? std::string("<p class=\"empty\">暂无公示中的行政处罚决定。</p>")
                                : decisionTable(e.decisions, false);
    return layout(e.name, body, agency);
}

std::string blacklistHtml(const PublicRecords::BlacklistPage &page, const std::string &agency) {
    std::string body = "<p>环境信用评价为 D 级（黑牌）的企业，期满或信用修复后移出。</p>";
    if (page.items.empty()) {
        body += "<p class=\"empty\">目前没有列入黑名单的企业。</p>";
    } else {
        body += "<table><thead><tr><th>企业名称</th><th>统一社会信用代码</th><th>列入原因</th><th>所依据的决定</th>"
                "<th>列入日期</th><th>期满日期</th></tr></thead><tbody>";
        for (const auto &item : page.items) {
            const auto &l = item.listing;
            const auto decision = item.decisionInView ? "<a href=\"/decisions/" + percentEncode(l.entry.caseId) + "\">" +
                                                            htmlEscape(l.entry.caseNumber) + "</a>"
                                                      : htmlEscape(l.entry.caseNumber);
            body += "<tr><td>" + enterpriseLink(l.enterpriseCode, l.enterpriseName) + "</td><td>" +
                    htmlEscape(l.enterpriseCode) + "</td><td>" + htmlEscape(l.entry.reason) + "</td><td>" + decision +
                    "</td><td>" + iso(l.entry.listedOn) + "</td><td>" + iso(l.entry.endsOn) + "</td></tr>";
        }
        body += "</tbody></table>";
    }
    body += pager(page.page, page.pageSize, page.total, [&](int p) {
        return "/blacklist?page=" + std::to_string(p) +
               (page.pageSize != 20 ? "&size=" + std::to_string(page.pageSize) : std::string());
    });
    return layout("环境信用黑名单", body, agency);
}

std::string errorHtml(int status, const std::string &message, const std::string &agency) {
    const char *title = status == 404 ? "未找到" : status == 429 ? "请求过于频繁" : status >= 500 ? "服务暂时不可用" : "请求有误";
    return layout(title,
                  "<div class=\"error\"><p id=\"error-message\">" + htmlEscape(message) +
                      "</p><p><a href=\"/\">返回公示查询</a></p></div>",
                  agency);
}

}  // namespace fc::server::portal
