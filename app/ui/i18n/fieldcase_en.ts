<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign %1</source>
        <translation>Assign %1</translation>
    </message>
    <message>
        <source>Choose at least two officers.</source>
        <translation>Choose at least two officers.</translation>
    </message>
    <message numerus="yes">
        <source>Assign to %n officer(s)</source>
        <translation>
            <numerusform>Assign to %n officer</numerusform>
            <numerusform>Assign to %n officers</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CapturePageHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>DeskBase</name>
    <message>
        <source>The server cannot be reached. This list needs the network; try again when online.</source>
        <translation>The server cannot be reached. This list needs the network; try again when online.</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>The session has ended. Sign in again.</translation>
    </message>
    <message>
        <source>Not allowed for this account: %1</source>
        <translation>Not allowed for this account: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <source>The server could not answer: %1</source>
        <translation>The server could not answer: %1</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>Case review</translation>
    </message>
    <message>
        <source>Party notified</source>
        <translation>Party notified</translation>
    </message>
    <message>
        <source>Statement and hearing</source>
        <translation>Statement and hearing</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>Collective discussion</source>
        <translation>Collective discussion</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Hearing request</source>
        <translation>Hearing request</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Credit repair verification</source>
        <translation>Credit repair verification</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>the record id is not a UUID</source>
        <translation>the record id is not a UUID</translation>
    </message>
    <message>
        <source>the record belongs to no case</source>
        <translation>the record belongs to no case</translation>
    </message>
    <message>
        <source>the inspection must have a start time and end no earlier than it starts</source>
        <translation>the inspection must have a start time and end no earlier than it starts</translation>
    </message>
    <message>
        <source>the place is missing</source>
        <translation>the place is missing</translation>
    </message>
    <message>
        <source>at least two different officers must take part</source>
        <translation>at least two different officers must take part</translation>
    </message>
    <message>
        <source>the officer has no enforcement certificate number</source>
        <translation>the officer has no enforcement certificate number</translation>
    </message>
    <message>
        <source>the officer has not signed</source>
        <translation>the officer has not signed</translation>
    </message>
    <message>
        <source>the party is missing</source>
        <translation>the party is missing</translation>
    </message>
    <message>
        <source>the officers must show their credentials</source>
        <translation>the officers must show their credentials</translation>
    </message>
    <message>
        <source>the recusal right and the duty to cooperate must be explained</source>
        <translation>the recusal right and the duty to cooperate must be explained</translation>
    </message>
    <message>
        <source>the findings are empty</source>
        <translation>the findings are empty</translation>
    </message>
    <message>
        <source>the evidence id is malformed</source>
        <translation>the evidence id is malformed</translation>
    </message>
    <message>
        <source>note why the party did not sign</source>
        <translation>note why the party did not sign</translation>
    </message>
    <message>
        <source>a witness must be named and sign when the party does not</source>
        <translation>a witness must be named and sign when the party does not</translation>
    </message>
    <message>
        <source>name the person present for the party</source>
        <translation>name the person present for the party</translation>
    </message>
    <message>
        <source>the party has not signed</source>
        <translation>the party has not signed</translation>
    </message>
    <message>
        <source>a correction must give its reason</source>
        <translation>a correction must give its reason</translation>
    </message>
    <message>
        <source>the reading id is not a UUID</source>
        <translation>the reading id is not a UUID</translation>
    </message>
    <message>
        <source>the reading belongs to no case</source>
        <translation>the reading belongs to no case</translation>
    </message>
    <message>
        <source>the reading has no time</source>
        <translation>the reading has no time</translation>
    </message>
    <message>
        <source>the session ends before it starts</source>
        <translation>the session ends before it starts</translation>
    </message>
    <message>
        <source>the distance to the stack is out of range</source>
        <translation>the distance to the stack is out of range</translation>
    </message>
    <message>
        <source>the bearing must be 0-360 degrees</source>
        <translation>the bearing must be 0-360 degrees</translation>
    </message>
    <message>
        <source>the wind speed is out of range</source>
        <translation>the wind speed is out of range</translation>
    </message>
    <message>
        <source>noise levels must be 0-160 dB(A)</source>
        <translation>noise levels must be 0-160 dB(A)</translation>
    </message>
    <message>
        <source>Lmax must be 0-160 dB(A)</source>
        <translation>Lmax must be 0-160 dB(A)</translation>
    </message>
    <message>
        <source>calibration values must be 80-130 dB</source>
        <translation>calibration values must be 80-130 dB</translation>
    </message>
    <message>
        <source>the meter class is 1 or 2</source>
        <translation>the meter class is 1 or 2</translation>
    </message>
    <message>
        <source>the zone class is 0-4</source>
        <translation>the zone class is 0-4</translation>
    </message>
    <message>
        <source>name the meter and its serial</source>
        <translation>name the meter and its serial</translation>
    </message>
    <message>
        <source>describe the measurement point</source>
        <translation>describe the measurement point</translation>
    </message>
    <message>
        <source>the measurement has no time</source>
        <translation>the measurement has no time</translation>
    </message>
    <message>
        <source>No valid readings yet.</source>
        <translation>No valid readings yet.</translation>
    </message>
    <message>
        <source>%1 min %2 s observed of the 30 min HJ/T 398-2007 requires.</source>
        <translation>%1 min %2 s observed of the 30 min HJ/T 398-2007 requires.</translation>
    </message>
    <message>
        <source>Rule 1: a reading of grade 5.</source>
        <translation>Rule 1: a reading of grade 5.</translation>
    </message>
    <message>
        <source>Rule %1: %2 s at grade %3 or above, more than 2 minutes.</source>
        <translation>Rule %1: %2 s at grade %3 or above, more than 2 minutes.</translation>
    </message>
    <message>
        <source>Rule 6: %1 s below grade 1, more than 28 minutes.</source>
        <translation>Rule 6: %1 s below grade 1, more than 28 minutes.</translation>
    </message>
    <message>
        <source>No rule holds: exactly 2 minutes at grade 1 or above; reported as &lt; 1.</source>
        <translation>No rule holds: exactly 2 minutes at grade 1 or above; reported as &lt; 1.</translation>
    </message>
    <message>
        <source>Boundary case: the reviewer must check it.</source>
        <translation>Boundary case: the reviewer must check it.</translation>
    </message>
    <message>
        <source>Overcast sky recorded (readings not adjusted).</source>
        <translation>Overcast sky recorded (readings not adjusted).</translation>
    </message>
    <message>
        <source>a value is not a possible reading; correct it</source>
        <translation>a value is not a possible reading; correct it</translation>
    </message>
    <message>
        <source>the calibrations before and after differ by more than 0.5 dB; calibrate and measure again</source>
        <translation>the calibrations before and after differ by more than 0.5 dB; calibrate and measure again</translation>
    </message>
    <message>
        <source>below 35 dB(A) a class 1 meter is required; measure again with one</source>
        <translation>below 35 dB(A) a class 1 meter is required; measure again with one</translation>
    </message>
    <message>
        <source>the level is less than 3 dB above the background; reduce the background and measure again</source>
        <translation>the level is less than 3 dB above the background; reduce the background and measure again</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Stage: %1 · officers: %2</source>
        <translation>Stage: %1 · officers: %2</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <source>No decision proposed yet.</source>
        <translation>No decision proposed yet.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>criminal referral</source>
        <translation>criminal referral</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>asked for a hearing</source>
        <translation>asked for a hearing</translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 verified</source>
        <translation>Evidence: %1 of %2 verified</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Procedure so far</source>
        <translation>Procedure so far</translation>
    </message>
    <message>
        <source>This case is not waiting for legal review.</source>
        <translation>This case is not waiting for legal review.</translation>
    </message>
    <message>
        <source>Opinion, or the problems to fix</source>
        <translation>Opinion, or the problems to fix</translation>
    </message>
    <message>
        <source>Write the problems when returning the case</source>
        <translation>Write the problems when returning the case</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return with problems</source>
        <translation>Return with problems</translation>
    </message>
</context>
<context>
    <name>EvidenceDelegate</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Ringelmann</source>
        <translation>Ringelmann</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>Rejected by the server: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Record synced, file not yet uploaded</source>
        <translation>Record synced, file not yet uploaded</translation>
    </message>
    <message>
        <source>SHA-256 verified</source>
        <translation>SHA-256 verified</translation>
    </message>
    <message>
        <source>SHA-256 does not match: the file is not the one recorded</source>
        <translation>SHA-256 does not match: the file is not the one recorded</translation>
    </message>
    <message>
        <source>File not on the server yet</source>
        <translation>File not on the server yet</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>no GNSS fix</source>
        <translation>no GNSS fix</translation>
    </message>
    <message>
        <source>poor accuracy</source>
        <translation>poor accuracy</translation>
    </message>
    <message>
        <source>outside the site (%1 m)</source>
        <translation>outside the site (%1 m)</translation>
    </message>
    <message>
        <source>replayed position</source>
        <translation>replayed position</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <source>corrected %1 dB(A), limit %2 dB(A)%3</source>
        <translation>corrected %1 dB(A), limit %2 dB(A)%3</translation>
    </message>
    <message>
        <source>, exceeds</source>
        <translation>, exceeds</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Noise at %1</source>
        <translation>Noise at %1</translation>
    </message>
    <message>
        <source>Ringelmann observation %1</source>
        <translation>Ringelmann observation %1</translation>
    </message>
    <message>
        <source>grade &lt; 1</source>
        <translation>grade &lt; 1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>grade %1</translation>
    </message>
    <message numerus="yes">
        <source>incomplete, %n reading(s)</source>
        <translation>
            <numerusform>incomplete, %n reading</numerusform>
            <numerusform>incomplete, %n readings</numerusform>
        </translation>
    </message>
    <message>
        <source>On-site inspection record</source>
        <translation>On-site inspection record</translation>
    </message>
</context>
<context>
    <name>EvidenceRecorder</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB.</source>
        <translation>The file is larger than 64 MB.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>There is no image.</source>
        <translation>There is no image.</translation>
    </message>
    <message>
        <source>This case is not on this device.</source>
        <translation>This case is not on this device.</translation>
    </message>
    <message>
        <source>The signature is empty.</source>
        <translation>The signature is empty.</translation>
    </message>
    <message>
        <source>The signature could not be encoded.</source>
        <translation>The signature could not be encoded.</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Signature of %1</translation>
    </message>
    <message>
        <source>Stamping and tagging the photo…</source>
        <translation>Stamping and tagging the photo…</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Reading the image…</translation>
    </message>
    <message>
        <source>Saving the evidence…</source>
        <translation>Saving the evidence…</translation>
    </message>
</context>
<context>
    <name>HighContrastButton</name>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>InspectionRecordForm</name>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>This case is not on this device.</source>
        <translation>This case is not on this device.</translation>
    </message>
    <message>
        <source>The record is not complete: %1</source>
        <translation>The record is not complete: %1</translation>
    </message>
    <message>
        <source>Save the record first.</source>
        <translation>Save the record first.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
    <message>
        <source>Laying out the PDF…</source>
        <translation>Laying out the PDF…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be laid out.</source>
        <translation>The PDF could not be laid out.</translation>
    </message>
    <message>
        <source>The draft could not be read: %1</source>
        <translation>The draft could not be read: %1</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>The draft could not be kept: %1</translation>
    </message>
    <message>
        <source>Saved. The draft could not be removed: %1</source>
        <translation>Saved. The draft could not be removed: %1</translation>
    </message>
</context>
<context>
    <name>InspectionRecordPage</name>
    <message>
        <source>On-site inspection record</source>
        <translation>On-site inspection record</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Party: %1</source>
        <translation>Party: %1</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>The officers showed their enforcement certificates</source>
        <translation>The officers showed their enforcement certificates</translation>
    </message>
    <message>
        <source>The right to ask for recusal and the duty to cooperate were explained</source>
        <translation>The right to ask for recusal and the duty to cooperate were explained</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>%1 (certificate %2)</source>
        <translation>%1 (certificate %2)</translation>
    </message>
    <message>
        <source>Signed ✓</source>
        <translation>Signed ✓</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>The party refuses to sign or is absent</source>
        <translation>The party refuses to sign or is absent</translation>
    </message>
    <message>
        <source>Person present for the party</source>
        <translation>Person present for the party</translation>
    </message>
    <message>
        <source>Their position</source>
        <translation>Their position</translation>
    </message>
    <message>
        <source>Party signs</source>
        <translation>Party signs</translation>
    </message>
    <message>
        <source>Why the party does not sign</source>
        <translation>Why the party does not sign</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Witness signs</source>
        <translation>Witness signs</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Still missing:</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Save the record</translation>
    </message>
    <message>
        <source>Saved. The exported PDF is not encrypted: keep it safe.</source>
        <translation>Saved. The exported PDF is not encrypted: keep it safe.</translation>
    </message>
    <message>
        <source>Export PDF for printing</source>
        <translation>Export PDF for printing</translation>
    </message>
    <message>
        <source>PDF saved to %1. It is not encrypted: keep it safe.</source>
        <translation>PDF saved to %1. It is not encrypted: keep it safe.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The device storage is full. Free some space; nothing was saved.</source>
        <translation>The device storage is full. Free some space; nothing was saved.</translation>
    </message>
    <message>
        <source>The local store is damaged. Contact the administrator.</source>
        <translation>The local store is damaged. Contact the administrator.</translation>
    </message>
    <message>
        <source>The local store cannot be written. Nothing was saved.</source>
        <translation>The local store cannot be written. Nothing was saved.</translation>
    </message>
    <message>
        <source>The local store failed (%1). Nothing was saved.</source>
        <translation>The local store failed (%1). Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>FieldCase</source>
        <translation>FieldCase</translation>
    </message>
</context>
<context>
    <name>NoiseForm</name>
    <message>
        <source>Invalid: %1</source>
        <translation>Invalid: %1</translation>
    </message>
    <message>
        <source>%1 limit %2 dB(A); corrected Leq %3 dB(A) (correction %4)</source>
        <translation>%1 limit %2 dB(A); corrected Leq %3 dB(A) (correction %4)</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>, exceeds by %1 dB</source>
        <translation>, exceeds by %1 dB</translation>
    </message>
    <message>
        <source>, within the limit</source>
        <translation>, within the limit</translation>
    </message>
    <message>
        <source>; Lmax exceeds its limit %1 dB(A) by %2 dB</source>
        <translation>; Lmax exceeds its limit %1 dB(A) by %2 dB</translation>
    </message>
    <message>
        <source>; Lmax within its limit %1 dB(A)</source>
        <translation>; Lmax within its limit %1 dB(A)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sound level.</source>
        <translation>&quot;%1&quot; is not a sound level.</translation>
    </message>
    <message>
        <source>The draft could not be stored or read: %1</source>
        <translation>The draft could not be stored or read: %1</translation>
    </message>
</context>
<context>
    <name>NoisePage</name>
    <message>
        <source>Boundary noise measurement</source>
        <translation>Boundary noise measurement</translation>
    </message>
    <message>
        <source>Meter model</source>
        <translation>Meter model</translation>
    </message>
    <message>
        <source>Meter serial</source>
        <translation>Meter serial</translation>
    </message>
    <message>
        <source>Meter class</source>
        <translation>Meter class</translation>
    </message>
    <message>
        <source>Class 1</source>
        <translation>Class 1</translation>
    </message>
    <message>
        <source>Class 2</source>
        <translation>Class 2</translation>
    </message>
    <message>
        <source>Calibration before (dB)</source>
        <translation>Calibration before (dB)</translation>
    </message>
    <message>
        <source>Calibration after (dB)</source>
        <translation>Calibration after (dB)</translation>
    </message>
    <message>
        <source>Measurement point</source>
        <translation>Measurement point</translation>
    </message>
    <message>
        <source>e.g. 1 m outside the east fence, 1.2 m high</source>
        <translation>e.g. 1 m outside the east fence, 1.2 m high</translation>
    </message>
    <message>
        <source>Zone class (GB 12348)</source>
        <translation>Zone class (GB 12348)</translation>
    </message>
    <message>
        <source>Measured indoors (boundary within 1 m of a sensitive building)</source>
        <translation>Measured indoors (boundary within 1 m of a sensitive building)</translation>
    </message>
    <message>
        <source>Measured Leq dB(A)</source>
        <translation>Measured Leq dB(A)</translation>
    </message>
    <message>
        <source>or samples</source>
        <translation>or samples</translation>
    </message>
    <message>
        <source>equal-length levels, e.g. 65.2 66.0 64.8</source>
        <translation>equal-length levels, e.g. 65.2 66.0 64.8</translation>
    </message>
    <message>
        <source>Background Leq dB(A)</source>
        <translation>Background Leq dB(A)</translation>
    </message>
    <message>
        <source>Night Lmax dB(A)</source>
        <translation>Night Lmax dB(A)</translation>
    </message>
    <message>
        <source>empty if none</source>
        <translation>empty if none</translation>
    </message>
    <message>
        <source>Sporadic noise (otherwise frequent)</source>
        <translation>Sporadic noise (otherwise frequent)</translation>
    </message>
    <message>
        <source>Save measurement</source>
        <translation>Save measurement</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>Rejected by the server: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
</context>
<context>
    <name>NoteRecorder</name>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>The note is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>This case is not on this device.</source>
        <translation>This case is not on this device.</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <source>Photo evidence</source>
        <translation>Photo evidence</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>What the photo shows</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>Import image file</source>
        <translation>Import image file</translation>
    </message>
</context>
<context>
    <name>PhotoProcessor</name>
    <message>
        <source>The file is empty or larger than 64 MB.</source>
        <translation>The file is empty or larger than 64 MB.</translation>
    </message>
    <message>
        <source>The file is not an image that can be read (%1).</source>
        <translation>The file is not an image that can be read (%1).</translation>
    </message>
    <message>
        <source>No GNSS fix</source>
        <translation>No GNSS fix</translation>
    </message>
    <message>
        <source>There is no image.</source>
        <translation>There is no image.</translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation>The image could not be encoded.</translation>
    </message>
    <message>
        <source>The photo metadata could not be written: %1</source>
        <translation>The photo metadata could not be written: %1</translation>
    </message>
</context>
<context>
    <name>PositionStatus</name>
    <message>
        <source>No position source on this device: records are flagged &quot;no fix&quot;.</source>
        <translation>No position source on this device: records are flagged &quot;no fix&quot;.</translation>
    </message>
    <message>
        <source>Waiting for a GNSS fix…</source>
        <translation>Waiting for a GNSS fix…</translation>
    </message>
    <message>
        <source>Fix: %1, %2 (±%3 m, %4 satellites)%5</source>
        <translation>Fix: %1, %2 (±%3 m, %4 satellites)%5</translation>
    </message>
    <message>
        <source> · replayed</source>
        <translation> · replayed</translation>
    </message>
</context>
<context>
    <name>ReadingSaver</name>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>The reading cannot be saved: %1</source>
        <translation>The reading cannot be saved: %1</translation>
    </message>
    <message>
        <source>This case is not on this device.</source>
        <translation>This case is not on this device.</translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <source>Fine of %1 yuan</source>
        <translation>Fine of %1 yuan</translation>
    </message>
    <message>
        <source>No fine</source>
        <translation>No fine</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>An organisation</translation>
    </message>
    <message>
        <source>A natural person</source>
        <translation>A natural person</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Legal review</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Reading the queue…</translation>
    </message>
    <message>
        <source>No case is waiting for legal review.</source>
        <translation>No case is waiting for legal review.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
</context>
<context>
    <name>RingelmannPage</name>
    <message>
        <source>Ringelmann smoke observation</source>
        <translation>Ringelmann smoke observation</translation>
    </message>
    <message>
        <source>Conditions (HJ/T 398-2007)</source>
        <translation>Conditions (HJ/T 398-2007)</translation>
    </message>
    <message>
        <source>Daylight</source>
        <translation>Daylight</translation>
    </message>
    <message>
        <source>Sun beside or behind the observer</source>
        <translation>Sun beside or behind the observer</translation>
    </message>
    <message>
        <source>No dark background behind the plume</source>
        <translation>No dark background behind the plume</translation>
    </message>
    <message>
        <source>Plume free of steam</source>
        <translation>Plume free of steam</translation>
    </message>
    <message>
        <source>Line of sight at most 45° up</source>
        <translation>Line of sight at most 45° up</translation>
    </message>
    <message>
        <source>Wind at most 4.5 m/s</source>
        <translation>Wind at most 4.5 m/s</translation>
    </message>
    <message>
        <source>No rain or fog</source>
        <translation>No rain or fog</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <source>Bearing (°)</source>
        <translation>Bearing (°)</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>Sky</translation>
    </message>
    <message>
        <source>Overcast (readings are taken as seen, not adjusted)</source>
        <translation>Overcast (readings are taken as seen, not adjusted)</translation>
    </message>
    <message>
        <source>Reading every</source>
        <translation>Reading every</translation>
    </message>
    <message>
        <source>15 s</source>
        <translation>15 s</translation>
    </message>
    <message>
        <source>30 s (very steady source)</source>
        <translation>30 s (very steady source)</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2 observed · %n reading(s) · next in %3 s</source>
        <translation>
            <numerusform>%1:%2 observed · %n reading · next in %3 s</numerusform>
            <numerusform>%1:%2 observed · %n readings · next in %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Ready to start</translation>
    </message>
    <message>
        <source>Confirm every condition before starting</source>
        <translation>Confirm every condition before starting</translation>
    </message>
    <message>
        <source>Start observation</source>
        <translation>Start observation</translation>
    </message>
    <message>
        <source>Finish and save</source>
        <translation>Finish and save</translation>
    </message>
</context>
<context>
    <name>RingelmannSession</name>
    <message numerus="yes">
        <source>Incomplete: %n reading(s), no legal grade before 30 minutes</source>
        <translation>
            <numerusform>Incomplete: %n reading, no legal grade before 30 minutes</numerusform>
            <numerusform>Incomplete: %n readings, no legal grade before 30 minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>No grade</translation>
    </message>
    <message>
        <source>Ringelmann grade &lt; 1</source>
        <translation>Ringelmann grade &lt; 1</translation>
    </message>
    <message>
        <source>Ringelmann grade %1</source>
        <translation>Ringelmann grade %1</translation>
    </message>
    <message>
        <source>Start the observation first.</source>
        <translation>Start the observation first.</translation>
    </message>
    <message>
        <source>Not a Ringelmann reading: %1</source>
        <translation>Not a Ringelmann reading: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Wrong password for the records kept on this device.</source>
        <translation>Wrong password for the records kept on this device.</translation>
    </message>
    <message>
        <source>The local store is damaged. Contact the administrator.</source>
        <translation>The local store is damaged. Contact the administrator.</translation>
    </message>
    <message>
        <source>The local store cannot be opened.</source>
        <translation>The local store cannot be opened.</translation>
    </message>
    <message>
        <source>This device holds no records for %1 yet; the first sign-in needs a connection to the server.</source>
        <translation>This device holds no records for %1 yet; the first sign-in needs a connection to the server.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>The server refused the sign-in: %1</translation>
    </message>
    <message>
        <source>The local store cannot be created.</source>
        <translation>The local store cannot be created.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>FieldCase</source>
        <translation>FieldCase</translation>
    </message>
    <message>
        <source>Field enforcement records</source>
        <translation>Field enforcement records</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature of %1</source>
        <translation>Signature of %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Accept signature</source>
        <translation>Accept signature</translation>
    </message>
</context>
<context>
    <name>SupervisorDesk</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>To act on (%1)</source>
        <translation>To act on (%1)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Blacklist</translation>
    </message>
    <message>
        <source>Every open case has two officers and nothing is overdue.</source>
        <translation>Every open case has two officers and nothing is overdue.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Only %1: a case needs two officers</source>
        <translation>Only %1: a case needs two officers</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Officers: %1</source>
        <translation>Officers: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>No deadlines ahead.</source>
        <translation>No deadlines ahead.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>No officers in this jurisdiction.</source>
        <translation>No officers in this jurisdiction.</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicting edits.</source>
        <translation>No conflicting edits.</translation>
    </message>
    <message>
        <source>%1 changed by %2 on a device while the server&apos;s changed too</source>
        <translation>%1 changed by %2 on a device while the server&apos;s changed too</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Keep the server&apos;s</translation>
    </message>
    <message>
        <source>Take the device&apos;s</source>
        <translation>Take the device&apos;s</translation>
    </message>
    <message>
        <source>No enterprise is on the blacklist.</source>
        <translation>No enterprise is on the blacklist.</translation>
    </message>
    <message>
        <source>%1 (decision %2)</source>
        <translation>%1 (decision %2)</translation>
    </message>
    <message>
        <source>Listed %1, until %2</source>
        <translation>Listed %1, until %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Offline: the server cannot be reached. Records stay on this device and are sent when the network returns.</source>
        <translation>Offline: the server cannot be reached. Records stay on this device and are sent when the network returns.</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again to sync.</source>
        <translation>The session has ended. Sign in again to sync.</translation>
    </message>
    <message>
        <source>The server refused this account or device: %1</source>
        <translation>The server refused this account or device: %1</translation>
    </message>
    <message>
        <source>The server refused the records: %1</source>
        <translation>The server refused the records: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1. It will be retried.</source>
        <translation>Sync failed: %1. It will be retried.</translation>
    </message>
    <message>
        <source>Data arrived damaged and will be sent again.</source>
        <translation>Data arrived damaged and will be sent again.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n item waiting to be sent</numerusform>
            <numerusform>%n items waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation>Everything is sent</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Uploading file %1 of %2 · %3 of %4 MB</source>
        <translation>Uploading file %1 of %2 · %3 of %4 MB</translation>
    </message>
    <message>
        <source>Sending %1 of %2 records</source>
        <translation>Sending %1 of %2 records</translation>
    </message>
    <message>
        <source>Receiving: %1 changes</source>
        <translation>Receiving: %1 changes</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Officers: %1</source>
        <translation>Officers: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not yet sent</source>
        <translation>
            <numerusform>%n note not yet sent</numerusform>
            <numerusform>%n notes not yet sent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 away</source>
        <translation>%1 away</translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <source>Due %1  ·  Officers: %2</source>
        <translation>Due %1  ·  Officers: %2</translation>
    </message>
    <message>
        <source>Write an inspection note…</source>
        <translation>Write an inspection note…</translation>
    </message>
    <message>
        <source>Record note</source>
        <translation>Record note</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Ringelmann</source>
        <translation>Ringelmann</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>Inspection record</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Evidence (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>No tasks on this device yet. Sync to fetch your assigned cases.</source>
        <translation>No tasks on this device yet. Sync to fetch your assigned cases.</translation>
    </message>
</context>
</TS>
