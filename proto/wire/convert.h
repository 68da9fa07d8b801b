#pragma once

#include "domain/caserecord.h"
#include "domain/credit.h"
#include "domain/custody.h"
#include "domain/inspectionrecord.h"
#include "domain/reading.h"
#include "domain/enterprise.h"
#include "domain/mutation.h"
#include "domain/publication.h"
#include "domain/role.h"
#include "domain/syncbatch.h"
#include "domain/userprofile.h"
#include "domain/workflow.h"
#include "fieldcase/v1/cases.pb.h"
#include "fieldcase/v1/common.pb.h"
#include "fieldcase/v1/custody.pb.h"
#include "fieldcase/v1/enterprises.pb.h"
#include "fieldcase/v1/sync.pb.h"

namespace fc::wire {

// Conversions between fieldcase.v1 messages and domain types. from*() never trust the
// sender: unknown enum values map to a safe default that the logic then refuses.
namespace v1 = ::fieldcase::v1;

v1::Role toProto(domain::Role role);
std::optional<domain::Role> fromProto(v1::Role role);

v1::CaseStatus toProto(domain::CaseStatus status);
std::optional<domain::CaseStatus> fromProto(v1::CaseStatus status);

v1::CaseField toProto(domain::CaseField field);
std::optional<domain::CaseField> fromProto(v1::CaseField field);

void toProto(const domain::CaseConflict &in, v1::CaseConflict *out);
void toProto(const domain::CaseEvent &in, v1::CaseEvent *out);
domain::CaseEvent fromProto(const v1::CaseEvent &in);
std::optional<domain::CaseCommand> fromProto(v1::CaseCommand command);
v1::CaseCommand toProto(domain::CaseCommand command);
domain::ProposedDecision fromProto(const v1::ProposedDecision &in);
void toProto(const domain::ProposedDecision &in, v1::ProposedDecision *out);

// What decided cases lead to (outcomeconvert.cpp): server to client only.
void toProto(const domain::PublicDecision &in, v1::PublicDecision *out);
v1::CreditLevel toProto(domain::CreditLevel level);
void toProto(const domain::CreditChange &in, v1::CreditChange *out);
void toProto(const domain::BlacklistEntry &in, v1::BlacklistEntry *out);
void toProto(const domain::CreditRepair &in, v1::CreditRepair *out);

void toProto(const domain::UserProfile &in, v1::User *out);
domain::UserProfile fromProto(const v1::User &in);

void toProto(const domain::Enterprise &in, v1::Enterprise *out);
domain::Enterprise fromProto(const v1::Enterprise &in);

void toProto(const domain::CaseRecord &in, v1::Case *out);
domain::CaseRecord fromProto(const v1::Case &in);

void toProto(const domain::Note &in, v1::Note *out);
domain::Note fromProto(const v1::Note &in);

void toProto(const domain::GnssFix &in, v1::GnssFix *out);
domain::GnssFix fromProto(const v1::GnssFix &in);

void toProto(const domain::PositionAssessment &in, v1::PositionAssessment *out);
domain::PositionAssessment fromProto(const v1::PositionAssessment &in);

void toProto(const domain::EvidenceItem &in, v1::EvidenceItem *out);
domain::EvidenceItem fromProto(const v1::EvidenceItem &in);

void toProto(const domain::InspectionRecord &in, v1::InspectionRecord *out);
domain::InspectionRecord fromProto(const v1::InspectionRecord &in);

void toProto(const domain::RingelmannObservation &in, v1::RingelmannObservation *out);
domain::RingelmannObservation fromProto(const v1::RingelmannObservation &in);

void toProto(const domain::NoiseRecord &in, v1::NoiseRecord *out);
domain::NoiseRecord fromProto(const v1::NoiseRecord &in);

// A mutation with no body set has no domain form: nullopt.
void toProto(const domain::Mutation &in, v1::Mutation *out);
std::optional<domain::Mutation> fromProto(const v1::Mutation &in);

void toProto(const domain::MutationResult &in, v1::MutationResult *out);
domain::MutationResult fromProto(const v1::MutationResult &in);

void toProto(const domain::PushOutcome &in, v1::PushResponse *out);
domain::PushOutcome fromProto(const v1::PushResponse &in);

// Changes with no entity set (from a newer peer) are skipped.
void toProto(const domain::PullBatch &in, v1::PullResponse *out);
domain::PullBatch fromProto(const v1::PullResponse &in);

// SHA-256 (hex) over each message serialized deterministically, in order: the integrity
// check of a push batch and of a pull page (the same protobuf bytes on both sides).
template <typename Messages>
std::string digestOf(const Messages &messages);

extern template std::string digestOf(const google::protobuf::RepeatedPtrField<v1::Mutation> &);
extern template std::string digestOf(const google::protobuf::RepeatedPtrField<v1::Change> &);

// The custody log's canonical bytes (custodyconvert.cpp): an entity's message as the
// server holds it, encoded deterministically, with what may change after acceptance or is
// joined from elsewhere cleared (whether the bytes are stored yet, people's display names).
std::string custodyContent(domain::EvidenceItem item);
std::string custodyContent(domain::InspectionRecord record);
std::string custodyContent(domain::RingelmannObservation observation);
std::string custodyContent(domain::NoiseRecord record);
std::string custodyContent(domain::CaseEvent event);
std::string custodyEntryBytes(const domain::custody::Entry &entry);
// nullopt for bytes that are not a CustodyEntry.
std::optional<domain::custody::Entry> parseCustodyEntry(std::string_view bytes);

void toProto(const domain::custody::Checkpoint &in, v1::Checkpoint *out);
domain::custody::Checkpoint fromProto(const v1::Checkpoint &in);
void toProto(const domain::custody::Receipt &in, v1::CustodyReceipt *out);
domain::custody::Receipt fromProto(const v1::CustodyReceipt &in);

}  // namespace fc::wire
