#pragma once

#include <string>
#include <string_view>

#include "backend/logic/publicrecords.h"

namespace fc::server::portal {

// The portal's JSON API: the same data as the pages, field names in snake_case; a
// withdrawn decision carries its withdrawal instead of its content, like its page.
std::string jsonString(std::string_view text);

std::string decisionPageJson(const PublicRecords::DecisionPage &page);
std::string decisionJson(const domain::PublicDecision &record);
std::string enterpriseJson(const PublicRecords::EnterpriseRecord &record);
std::string blacklistJson(const PublicRecords::BlacklistPage &page);
std::string errorJson(int status, const std::string &message);

}  // namespace fc::server::portal
