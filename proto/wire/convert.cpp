#include "wire/convert.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include "domain/sha256.h"

namespace fc::wire {

v1::Role toProto(domain::Role role) {
    switch (role) {
    case domain::Role::Inspector: return v1::ROLE_INSPECTOR;
    case domain::Role::Supervisor: return v1::ROLE_SUPERVISOR;
    case domain::Role::LegalReviewer: return v1::ROLE_LEGAL_REVIEWER;
    case domain::Role::Admin: return v1::ROLE_ADMIN;
    }
    return v1::ROLE_UNSPECIFIED;
}

std::optional<domain::Role> fromProto(v1::Role role) {
    switch (role) {
    case v1::ROLE_INSPECTOR: return domain::Role::Inspector;
    case v1::ROLE_SUPERVISOR: return domain::Role::Supervisor;
    case v1::ROLE_LEGAL_REVIEWER: return domain::Role::LegalReviewer;
    case v1::ROLE_ADMIN: return domain::Role::Admin;
    default: return std::nullopt;
    }
}

// The proto enum numbers follow domain::CaseStatus's order, offset by the UNSPECIFIED zero.
v1::CaseStatus toProto(domain::CaseStatus status) {
    return static_cast<v1::CaseStatus>(static_cast<int>(status) + 1);
}

std::optional<domain::CaseStatus> fromProto(v1::CaseStatus status) {
    const int value = static_cast<int>(status);
    if (value < v1::CASE_STATUS_INSPECTION || value > v1::CASE_STATUS_TERMINATED) return std::nullopt;
    return static_cast<domain::CaseStatus>(value - 1);
}

v1::CaseField toProto(domain::CaseField field) {
    switch (field) {
    case domain::CaseField::Title: return v1::CASE_FIELD_TITLE;
    case domain::CaseField::Description: return v1::CASE_FIELD_DESCRIPTION;
    case domain::CaseField::DueDate: return v1::CASE_FIELD_DUE_DATE;
    }
    return v1::CASE_FIELD_UNSPECIFIED;
}

std::optional<domain::CaseField> fromProto(v1::CaseField field) {
    switch (field) {
    case v1::CASE_FIELD_TITLE: return domain::CaseField::Title;
    case v1::CASE_FIELD_DESCRIPTION: return domain::CaseField::Description;
    case v1::CASE_FIELD_DUE_DATE: return domain::CaseField::DueDate;
    default: return std::nullopt;
    }
}

void toProto(const domain::CaseEvent &in, v1::CaseEvent *out) {
    out->set_seq(in.seq);
    out->set_case_id(in.caseId);
    out->set_action(in.action);
    out->set_from_status(toProto(in.from));
    out->set_to_status(toProto(in.to));
    out->set_actor_id(in.actorId);
    out->set_actor_name(in.actorName);
    out->set_actor_role(toProto(in.actorRole));
    out->set_at_ms(in.atMs);
    out->set_detail(in.detail);
}

domain::CaseEvent fromProto(const v1::CaseEvent &in) {
    domain::CaseEvent e;
    e.seq = in.seq();
    e.caseId = in.case_id();
    e.action = in.action();
    e.from = fromProto(in.from_status()).value_or(domain::CaseStatus::Inspection);
    e.to = fromProto(in.to_status()).value_or(domain::CaseStatus::Inspection);
    e.actorId = in.actor_id();
    e.actorName = in.actor_name();
    e.actorRole = fromProto(in.actor_role()).value_or(domain::Role::Inspector);
    e.atMs = in.at_ms();
    e.detail = in.detail();
    return e;
}

// The proto enum numbers follow domain::CaseCommand's order, offset by the UNSPECIFIED zero.
std::optional<domain::CaseCommand> fromProto(v1::CaseCommand command) {
    const int value = static_cast<int>(command);
    if (value < 1 || value > static_cast<int>(domain::CaseCommand::Terminate) + 1) return std::nullopt;
    return static_cast<domain::CaseCommand>(value - 1);
}

v1::CaseCommand toProto(domain::CaseCommand command) {
    return static_cast<v1::CaseCommand>(static_cast<int>(command) + 1);
}

domain::ProposedDecision fromProto(const v1::ProposedDecision &in) {
    domain::ProposedDecision d;
    d.fineYuan = in.fine_yuan();
    d.measures.assign(in.measures().begin(), in.measures().end());
    d.partyIsOrganisation = in.party_is_organisation();
    d.criminalReferral = in.criminal_referral();
    d.legalBasis = in.legal_basis();
    d.violationType = in.violation_type();
    d.facts = in.facts();
    d.personalNames.assign(in.personal_names().begin(), in.personal_names().end());
    return d;
}

void toProto(const domain::ProposedDecision &in, v1::ProposedDecision *out) {
    out->set_fine_yuan(in.fineYuan);
    for (const auto &m : in.measures) out->add_measures(m);
    out->set_party_is_organisation(in.partyIsOrganisation);
    out->set_criminal_referral(in.criminalReferral);
    out->set_legal_basis(in.legalBasis);
    out->set_violation_type(in.violationType);
    out->set_facts(in.facts);
    for (const auto &n : in.personalNames) out->add_personal_names(n);
}

void toProto(const domain::CaseConflict &in, v1::CaseConflict *out) {
    out->set_id(in.id);
    out->set_case_id(in.caseId);
    out->set_field(toProto(in.field));
    out->set_base_version(in.baseVersion);
    out->set_server_value(in.serverValue);
    out->set_proposed_value(in.proposedValue);
    out->set_proposed_by(in.proposedBy);
    out->set_proposed_by_name(in.proposedByName);
    out->set_device_id(in.deviceId);
    out->set_created_at_ms(in.createdAtMs);
    out->set_resolved(in.resolvedValue.has_value());
    out->set_resolved_value(in.resolvedValue.value_or(""));
    out->set_resolved_by(in.resolvedBy);
    out->set_resolved_at_ms(in.resolvedAtMs);
}

void toProto(const domain::UserProfile &in, v1::User *out) {
    out->set_id(in.id);
    out->set_username(in.username);
    out->set_display_name(in.displayName);
    out->set_role(toProto(in.role));
    out->set_jurisdiction(in.jurisdiction);
    out->set_certificate_no(in.certificateNo);
}

domain::UserProfile fromProto(const v1::User &in) {
    return {in.id(),
            in.username(),
            in.display_name(),
            fromProto(in.role()).value_or(domain::Role::Inspector),
            in.jurisdiction(),
            in.certificate_no()};
}

void toProto(const domain::Enterprise &in, v1::Enterprise *out) {
    out->set_credit_code(in.creditCode);
    out->set_name(in.name);
    out->set_industry(in.industry);
    out->set_town(in.town);
    out->set_address(in.address);
    out->mutable_site()->set_latitude(in.site.latitude);
    out->mutable_site()->set_longitude(in.site.longitude);
    out->set_site_radius_m(in.siteRadiusMeters);
    out->set_noise_zone_class(in.noiseZoneClass);
    out->set_has_stack(in.hasStack);
    out->set_legal_representative(in.legalRepresentative);
}

domain::Enterprise fromProto(const v1::Enterprise &in) {
    return {in.credit_code(),
            in.name(),
            in.industry(),
            in.town(),
            in.address(),
            {in.site().latitude(), in.site().longitude()},
            in.site_radius_m(),
            in.noise_zone_class(),
            in.has_stack(),
            in.legal_representative()};
}

void toProto(const domain::CaseRecord &in, v1::Case *out) {
    out->set_id(in.id);
    out->set_number(in.number);
    out->set_title(in.title);
    out->set_description(in.description);
    out->set_enterprise_code(in.enterpriseCode);
    out->set_enterprise_name(in.enterpriseName);
    out->set_status(toProto(in.status));
    for (const auto &o : in.assignees) {
        auto *a = out->add_assignees();
        a->set_user_id(o.userId);
        a->set_display_name(o.displayName);
        a->set_certificate_no(o.certificateNo);
    }
    out->set_due_date(in.dueDate);
    out->set_created_at_ms(in.createdAtMs);
    out->set_updated_at_ms(in.updatedAtMs);
    out->set_version(in.version);
}

domain::CaseRecord fromProto(const v1::Case &in) {
    domain::CaseRecord c;
    c.id = in.id();
    c.number = in.number();
    c.title = in.title();
    c.description = in.description();
    c.enterpriseCode = in.enterprise_code();
    c.enterpriseName = in.enterprise_name();
    c.status = fromProto(in.status()).value_or(domain::CaseStatus::Inspection);
    for (const auto &a : in.assignees()) {
        c.assignees.push_back({a.user_id(), a.display_name(), a.certificate_no()});
    }
    c.dueDate = in.due_date();
    c.createdAtMs = in.created_at_ms();
    c.updatedAtMs = in.updated_at_ms();
    c.version = in.version();
    return c;
}

void toProto(const domain::Note &in, v1::Note *out) {
    out->set_id(in.id);
    out->set_case_id(in.caseId);
    out->set_author_id(in.authorId);
    out->set_author_name(in.authorName);
    out->set_device_id(in.deviceId);
    out->set_text(in.text);
    out->set_created_at_ms(in.createdAtMs);
    out->set_received_at_ms(in.receivedAtMs);
}

domain::Note fromProto(const v1::Note &in) {
    return {in.id(),   in.case_id(), in.author_id(),     in.author_name(),
            in.device_id(), in.text(), in.created_at_ms(), in.received_at_ms()};
}

void toProto(const domain::Mutation &in, v1::Mutation *out) {
    out->set_mutation_id(in.mutationId);
    out->set_base_version(in.baseVersion);
    if (const auto *add = std::get_if<domain::AddNote>(&in.body)) {
        auto *note = out->mutable_add_note();
        note->set_note_id(add->noteId);
        note->set_case_id(add->caseId);
        note->set_text(add->text);
        note->set_created_at_ms(add->createdAtMs);
    } else if (const auto *ev = std::get_if<domain::AddEvidence>(&in.body)) {
        toProto(ev->item, out->mutable_add_evidence()->mutable_item());
    } else if (const auto *rec = std::get_if<domain::AddInspectionRecord>(&in.body)) {
        toProto(rec->record, out->mutable_add_inspection_record()->mutable_record());
    } else if (const auto *rm = std::get_if<domain::AddRingelmann>(&in.body)) {
        toProto(rm->observation, out->mutable_add_ringelmann()->mutable_observation());
    } else if (const auto *noise = std::get_if<domain::AddNoise>(&in.body)) {
        toProto(noise->record, out->mutable_add_noise()->mutable_record());
    } else if (const auto *edit = std::get_if<domain::EditCaseField>(&in.body)) {
        auto *e = out->mutable_edit_case_field();
        e->set_case_id(edit->caseId);
        e->set_field(toProto(edit->field));
        e->set_value(edit->value);
    }
}

std::optional<domain::Mutation> fromProto(const v1::Mutation &in) {
    domain::Mutation m{in.mutation_id(), in.base_version(), domain::AddNote{}};
    switch (in.body_case()) {
    case v1::Mutation::kAddNote: {
        const auto &n = in.add_note();
        m.body = domain::AddNote{n.note_id(), n.case_id(), n.text(), n.created_at_ms()};
        return m;
    }
    case v1::Mutation::kAddEvidence:
        m.body = domain::AddEvidence{fromProto(in.add_evidence().item())};
        return m;
    case v1::Mutation::kAddInspectionRecord:
        m.body = domain::AddInspectionRecord{fromProto(in.add_inspection_record().record())};
        return m;
    case v1::Mutation::kAddRingelmann:
        m.body = domain::AddRingelmann{fromProto(in.add_ringelmann().observation())};
        return m;
    case v1::Mutation::kAddNoise:
        m.body = domain::AddNoise{fromProto(in.add_noise().record())};
        return m;
    case v1::Mutation::kEditCaseField: {
        const auto &e = in.edit_case_field();
        const auto field = fromProto(e.field());
        if (!field) return std::nullopt;
        m.body = domain::EditCaseField{e.case_id(), *field, e.value()};
        return m;
    }
    default: return std::nullopt;
    }
}

void toProto(const domain::MutationResult &in, v1::MutationResult *out) {
    out->set_mutation_id(in.mutationId);
    switch (in.status) {
    case domain::MutationStatus::Applied: out->set_status(v1::MUTATION_STATUS_APPLIED); break;
    case domain::MutationStatus::Rejected: out->set_status(v1::MUTATION_STATUS_REJECTED); break;
    case domain::MutationStatus::Conflict: out->set_status(v1::MUTATION_STATUS_CONFLICT); break;
    }
    out->set_reason(in.reason);
}

domain::MutationResult fromProto(const v1::MutationResult &in) {
    domain::MutationStatus status = domain::MutationStatus::Rejected;
    if (in.status() == v1::MUTATION_STATUS_APPLIED) status = domain::MutationStatus::Applied;
    if (in.status() == v1::MUTATION_STATUS_CONFLICT) status = domain::MutationStatus::Conflict;
    return {in.mutation_id(), status, in.reason()};
}

void toProto(const domain::PushOutcome &in, v1::PushResponse *out) {
    for (const auto &r : in.results) toProto(r, out->add_results());
    out->set_last_mutation_id(in.lastMutationId);
    for (const auto &[mutationId, receipt] : in.receipts) toProto(receipt, &(*out->mutable_receipts())[mutationId]);
    out->set_custody_public_key(in.custodyPublicKey);
}

domain::PushOutcome fromProto(const v1::PushResponse &in) {
    domain::PushOutcome out;
    for (const auto &r : in.results()) out.results.push_back(fromProto(r));
    out.lastMutationId = in.last_mutation_id();
    for (const auto &[mutationId, receipt] : in.receipts()) out.receipts.emplace(mutationId, fromProto(receipt));
    out.custodyPublicKey = in.custody_public_key();
    return out;
}

void toProto(const domain::PullBatch &in, v1::PullResponse *out) {
    for (const auto &change : in.changes) {
        auto *c = out->add_changes();
        c->set_seq(change.seq);
        std::visit(
            [c](const auto &entity) {
                using T = std::decay_t<decltype(entity)>;
                if constexpr (std::is_same_v<T, domain::CaseRecord>) {
                    toProto(entity, c->mutable_case_record());
                } else if constexpr (std::is_same_v<T, domain::Note>) {
                    toProto(entity, c->mutable_note());
                } else if constexpr (std::is_same_v<T, domain::Enterprise>) {
                    toProto(entity, c->mutable_enterprise());
                } else if constexpr (std::is_same_v<T, domain::EvidenceItem>) {
                    toProto(entity, c->mutable_evidence());
                } else if constexpr (std::is_same_v<T, domain::InspectionRecord>) {
                    toProto(entity, c->mutable_inspection_record());
                } else if constexpr (std::is_same_v<T, domain::RingelmannObservation>) {
                    toProto(entity, c->mutable_ringelmann());
                } else {
                    toProto(entity, c->mutable_noise());
                }
            },
            change.entity);
    }
    out->set_cursor(in.cursor);
    out->set_has_more(in.hasMore);
    out->set_last_mutation_id(in.lastMutationId);
    out->set_changes_sha256(digestOf(out->changes()));
}

domain::PullBatch fromProto(const v1::PullResponse &in) {
    domain::PullBatch out;
    for (const auto &c : in.changes()) {
        switch (c.entity_case()) {
        case v1::Change::kCaseRecord: out.changes.push_back({c.seq(), fromProto(c.case_record())}); break;
        case v1::Change::kNote: out.changes.push_back({c.seq(), fromProto(c.note())}); break;
        case v1::Change::kEnterprise: out.changes.push_back({c.seq(), fromProto(c.enterprise())}); break;
        case v1::Change::kEvidence: out.changes.push_back({c.seq(), fromProto(c.evidence())}); break;
        case v1::Change::kInspectionRecord:
            out.changes.push_back({c.seq(), fromProto(c.inspection_record())});
            break;
        case v1::Change::kRingelmann: out.changes.push_back({c.seq(), fromProto(c.ringelmann())}); break;
        case v1::Change::kNoise: out.changes.push_back({c.seq(), fromProto(c.noise())}); break;
        default: break;
        }
    }
    out.cursor = in.cursor();
    out.hasMore = in.has_more();
    out.lastMutationId = in.last_mutation_id();
    return out;
}

template <typename Messages>
std::string digestOf(const Messages &messages) {
    domain::Sha256 hash;
    std::string bytes;
    for (const auto &m : messages) {
        bytes.clear();
        google::protobuf::io::StringOutputStream raw(&bytes);
        google::protobuf::io::CodedOutputStream coded(&raw);
        coded.SetSerializationDeterministic(true);
        m.SerializeToCodedStream(&coded);
        coded.Trim();
        hash.update(std::to_string(bytes.size()));  // lengths too: no two splits hash alike
        hash.update(":");
        hash.update(bytes);
    }
    return hash.hexDigest();
}

template std::string digestOf(const google::protobuf::RepeatedPtrField<v1::Mutation> &);
template std::string digestOf(const google::protobuf::RepeatedPtrField<v1::Change> &);

}  // namespace fc::wire
