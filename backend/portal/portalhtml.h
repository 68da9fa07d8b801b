#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "backend/logic/publicrecords.h"

namespace fc::server::portal {

// The portal's server-rendered pages (Chinese, no JavaScript): everything the reader sees
// passes through htmlEscape.
std::string htmlEscape(std::string_view text);

std::string searchHtml(const PublicRecords::Query &query, const PublicRecords::DecisionPage &page,
                       const std::vector<std::string> &violationTypes, const std::string &agency);
std::string decisionHtml(const domain::PublicDecision &record, const std::string &agency);
std::string enterpriseHtml(const PublicRecords::EnterpriseRecord &record, const std::string &agency);
std::string blacklistHtml(const PublicRecords::BlacklistPage &page, const std::string &agency);
std::string errorHtml(int status, const std::string &message, const std::string &agency);

// 绿牌, 蓝牌, 黄牌, 黑牌 (Shanxi pilot, RULES.md section 5).
std::string_view levelColourName(domain::CreditLevel level);

}  // namespace fc::server::portal
