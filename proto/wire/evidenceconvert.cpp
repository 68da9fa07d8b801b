// Conversions of the evidence types (fixes, positions, evidence items, inspection records).
#include "wire/convert.h"

namespace fc::wire {

void toProto(const domain::GnssFix &in, v1::GnssFix *out) {
    out->mutable_position()->set_latitude(in.position.latitude);
    out->mutable_position()->set_longitude(in.position.longitude);
    if (in.altitudeMeters) out->set_altitude_m(*in.altitudeMeters);
    out->set_time_ms(in.timeMs);
    if (in.horizontalAccuracyMeters) out->set_horizontal_accuracy_m(*in.horizontalAccuracyMeters);
    if (in.satellites) out->set_satellites(*in.satellites);
    if (in.hdop) out->set_hdop(*in.hdop);
    out->set_source(in.source);
    out->set_simulated(in.simulated);
}

domain::GnssFix fromProto(const v1::GnssFix &in) {
    domain::GnssFix f;
    f.position = {in.position().latitude(), in.position().longitude()};
    if (in.has_altitude_m()) f.altitudeMeters = in.altitude_m();
    f.timeMs = in.time_ms();
    if (in.has_horizontal_accuracy_m()) f.horizontalAccuracyMeters = in.horizontal_accuracy_m();
    if (in.has_satellites()) f.satellites = in.satellites();
    if (in.has_hdop()) f.hdop = in.hdop();
    f.source = in.source();
    f.simulated = in.simulated();
    return f;
}

void toProto(const domain::PositionAssessment &in, v1::PositionAssessment *out) {
    if (in.fix) toProto(*in.fix, out->mutable_fix());
    out->set_no_fix(in.noFix);
    out->set_poor_accuracy(in.poorAccuracy);
    if (in.siteDistanceMeters) out->set_site_distance_m(*in.siteDistanceMeters);
    out->set_outside_site(in.outsideSite);
}

domain::PositionAssessment fromProto(const v1::PositionAssessment &in) {
    domain::PositionAssessment a;
    if (in.has_fix()) a.fix = fromProto(in.fix());
    a.noFix = in.no_fix();
    a.poorAccuracy = in.poor_accuracy();
    if (in.has_site_distance_m()) a.siteDistanceMeters = in.site_distance_m();
    a.outsideSite = in.outside_site();
    return a;
}

void toProto(const domain::EvidenceItem &in, v1::EvidenceItem *out) {
    out->set_id(in.id);
    out->set_case_id(in.caseId);
    out->set_kind(static_cast<v1::EvidenceKind>(static_cast<int>(in.kind) + 1));
    out->set_mime_type(in.mimeType);
    out->set_size(in.size);
    out->set_captured_at_ms(in.capturedAtMs);
    out->set_captured_by(in.capturedBy);
    out->set_captured_by_name(in.capturedByName);
    out->set_device_id(in.deviceId);
    out->set_description(in.description);
    toProto(in.position, out->mutable_position());
    out->set_supersedes(in.supersedes);
    out->set_supersede_reason(in.supersedeReason);
    out->set_received_at_ms(in.receivedAtMs);
    out->set_bytes_stored(in.bytesStored);
}

domain::EvidenceItem fromProto(const v1::EvidenceItem &in) {
    domain::EvidenceItem e;
    e.id = in.id();
    e.caseId = in.case_id();
    const int kind = static_cast<int>(in.kind());
    e.kind = kind >= v1::EVIDENCE_KIND_PHOTO && kind <= v1::EVIDENCE_KIND_DOCUMENT
                 ? static_cast<domain::EvidenceKind>(kind - 1)
                 : domain::EvidenceKind::Document;
    e.mimeType = in.mime_type();
    e.size = in.size();
    e.capturedAtMs = in.captured_at_ms();
    e.capturedBy = in.captured_by();
    e.capturedByName = in.captured_by_name();
    e.deviceId = in.device_id();
    e.description = in.description();
    e.position = fromProto(in.position());
    e.supersedes = in.supersedes();
    e.supersedeReason = in.supersede_reason();
    e.receivedAtMs = in.received_at_ms();
    e.bytesStored = in.bytes_stored();
    return e;
}

void toProto(const domain::InspectionRecord &in, v1::InspectionRecord *out) {
    out->set_id(in.id);
    out->set_case_id(in.caseId);
    out->set_started_at_ms(in.startedAtMs);
    out->set_ended_at_ms(in.endedAtMs);
    out->set_place(in.place);
    toProto(in.position, out->mutable_position());
    for (const auto &o : in.officers) {
        auto *x = out->add_officers();
        x->set_user_id(o.userId);
        x->set_name(o.name);
        x->set_certificate_no(o.certificateNo);
        x->set_signature_evidence_id(o.signatureEvidenceId);
    }
    out->set_party_name(in.partyName);
    out->set_party_representative(in.partyRepresentative);
    out->set_party_representative_role(in.partyRepresentativeRole);
    out->set_credentials_shown(in.credentialsShown);
    out->set_rights_explained(in.rightsExplained);
    out->set_findings(in.findings);
    for (const auto &id : in.evidenceIds) out->add_evidence_ids(id);
    out->set_party_signature_evidence_id(in.partySignatureEvidenceId);
    out->set_party_refused_or_absent(in.partyRefusedOrAbsent);
    out->set_refusal_note(in.refusalNote);
    out->set_witness_name(in.witnessName);
    out->set_witness_signature_evidence_id(in.witnessSignatureEvidenceId);
    out->set_created_by(in.createdBy);
    out->set_device_id(in.deviceId);
    out->set_supersedes(in.supersedes);
    out->set_supersede_reason(in.supersedeReason);
}

domain::InspectionRecord fromProto(const v1::InspectionRecord &in) {
    domain::InspectionRecord r;
    r.id = in.id();
    r.caseId = in.case_id();
    r.startedAtMs = in.started_at_ms();
    r.endedAtMs = in.ended_at_ms();
    r.place = in.place();
    r.position = fromProto(in.position());
    for (const auto &o : in.officers()) {
        r.officers.push_back({o.user_id(), o.name(), o.certificate_no(), o.signature_evidence_id()});
    }
    r.partyName = in.party_name();
    r.partyRepresentative = in.party_representative();
    r.partyRepresentativeRole = in.party_representative_role();
    r.credentialsShown = in.credentials_shown();
    r.rightsExplained = in.rights_explained();
    r.findings = in.findings();
    r.evidenceIds.assign(in.evidence_ids().begin(), in.evidence_ids().end());
    r.partySignatureEvidenceId = in.party_signature_evidence_id();
    r.partyRefusedOrAbsent = in.party_refused_or_absent();
    r.refusalNote = in.refusal_note();
    r.witnessName = in.witness_name();
    r.witnessSignatureEvidenceId = in.witness_signature_evidence_id();
    r.createdBy = in.created_by();
    r.deviceId = in.device_id();
    r.supersedes = in.supersedes();
    r.supersedeReason = in.supersede_reason();
    return r;
}

}  // namespace fc::wire
