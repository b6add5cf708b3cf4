<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <source>Symptom Journal never opens a network connection: not to check for updates, not to send anything, not ever. Your journal and its photos stay in one folder on this computer, readable by you alone.</source>
        <translation>Symptom Journal öffnet nie eine Netzwerkverbindung: nicht für Aktualisierungen, nicht zum Senden, niemals. Ihr Tagebuch und seine Fotos bleiben in einem Ordner auf diesem Computer, lesbar nur für Sie.</translation>
    </message>
    <message>
        <source>unknown (not installed)</source>
        <translation>unbekannt (nicht installiert)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>&lt;p&gt;A private, offline diary for back pain, fever, morning stiffness, nerve symptoms and skin lesions, with trends, red flags and a summary for appointments.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Version:&lt;/b&gt; {version}&lt;br&gt;&lt;b&gt;Licence:&lt;/b&gt; {licence}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Offline.&lt;/b&gt; {promise}&lt;/p&gt;&lt;p&gt;Red flags and the summary are what you recorded, worth telling your doctor; never a diagnosis.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein privates Offline-Tagebuch für Rückenschmerzen, Fieber, Morgensteifigkeit, Nervenbeschwerden und Hautveränderungen, mit Verlauf, Warnzeichen und einer Zusammenfassung für Arzttermine.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Version:&lt;/b&gt; {version}&lt;br&gt;&lt;b&gt;Lizenz:&lt;/b&gt; {licence}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Offline.&lt;/b&gt; {promise}&lt;/p&gt;&lt;p&gt;Warnzeichen und Zusammenfassung zeigen, was Sie festgehalten haben und was Ihre Ärztin oder Ihr Arzt wissen sollte – nie eine Diagnose.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Symptom Journal</source>
        <translation>Über Symptom Journal</translation>
    </message>
</context>
<context>
    <name>AcknowledgeFlag</name>
    <message>
        <source>Acknowledge the red flag {title}, {dates}</source>
        <translation>Warnzeichen {title}, {dates} zur Kenntnis nehmen</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Change the appointment</source>
        <translation>Termin ändern</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Termin hinzufügen</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>Ä&amp;rztin oder Arzt</translation>
    </message>
    <message>
        <source>like Dr Patel, infectious diseases</source>
        <translation>z. B. Dr. Patel, Infektiologie</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Outcome and decisions</source>
        <translation>&amp;Ergebnis und Entscheidungen</translation>
    </message>
</context>
<context>
    <name>AppointmentHelp</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Choose Journal → Prepare summary… (Ctrl+P). The summary covers the days since your last appointment unless you choose others. Save it as a PDF, or print it.</source>
        <translation>Wählen Sie Tagebuch → Zusammenfassung vorbereiten… (Strg+P). Die Zusammenfassung umfasst die Tage seit Ihrem letzten Termin, sofern Sie keine anderen wählen. Speichern Sie sie als PDF oder drucken Sie sie aus.</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Ihre Fragen</translation>
    </message>
    <message>
        <source>Questions come to mind at any time: add them with Journal → Add a question for my next appointment… (Ctrl+Shift+D). They are printed in the summary, so none is forgotten in the room.</source>
        <translation>Fragen fallen einem jederzeit ein: Fügen Sie sie mit Tagebuch → Frage für meinen nächsten Termin… (Strg+Umschalt+D) hinzu. Sie werden in der Zusammenfassung gedruckt, sodass im Sprechzimmer keine vergessen wird.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>A note marked “Show this to my doctor” goes into the summary; other notes stay yours.</source>
        <translation>Eine Notiz mit „Meiner Ärztin oder meinem Arzt zeigen“ kommt in die Zusammenfassung; andere Notizen bleiben Ihre.</translation>
    </message>
    <message>
        <source>At the appointment</source>
        <translation>Beim Termin</translation>
    </message>
    <message>
        <source>Hand over page 1 first: it tells the story at a glance — the period, the red flags with their dates, the key figures and one chart. The pages after it hold the charts, medicines, lab results and photos for when there is time.</source>
        <translation>Geben Sie zuerst Seite 1 ab: Sie erzählt alles auf einen Blick – den Zeitraum, die Warnzeichen mit ihren Daten, die wichtigsten Werte und ein Diagramm. Die folgenden Seiten enthalten Diagramme, Medikamente, Laborwerte und Fotos für den Fall, dass Zeit ist.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was sie ist</translation>
    </message>
    <message>
        <source>The summary is what you recorded, to help the conversation. It is not a diagnosis and does not replace an examination.</source>
        <translation>Die Zusammenfassung zeigt, was Sie festgehalten haben, als Hilfe für das Gespräch. Sie ist keine Diagnose und ersetzt keine Untersuchung.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>The summary holds health information and photos of your skin. Give or send it only to the people you choose; the journal itself never leaves your computer.</source>
        <translation>Die Zusammenfassung enthält Gesundheitsdaten und Fotos Ihrer Haut. Geben oder schicken Sie sie nur an Menschen, die Sie selbst wählen; das Tagebuch selbst verlässt Ihren Computer nie.</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Record the appointment and what was decided in the Care record. The next summary starts from it.</source>
        <translation>Tragen Sie den Termin und was entschieden wurde unter Behandlung ein. Die nächste Zusammenfassung beginnt dort.</translation>
    </message>
</context>
<context>
    <name>AppointmentHelpDialog</name>
    <message>
        <source>Bringing the summary to an appointment</source>
        <translation>Die Zusammenfassung zum Termin mitnehmen</translation>
    </message>
</context>
<context>
    <name>AppointmentsView</name>
    <message>
        <source>No appointments yet. Add one with Add appointment (Alt+D); after the visit, Change… keeps what was decided.</source>
        <translation>Noch keine Termine. Fügen Sie einen mit „Termin hinzufügen“ (Alt+Z) hinzu; nach dem Besuch halten Sie mit „Ändern…“ fest, was entschieden wurde.</translation>
    </message>
    <message>
        <source>No questions yet. Add one with Add question (Alt+Q), or press Ctrl+Shift+D on any page when a question comes to mind.</source>
        <translation>Noch keine Fragen. Fügen Sie eine mit „Frage hinzufügen“ (Alt+F) hinzu oder drücken Sie auf jeder Seite Strg+Umschalt+D, wenn Ihnen eine Frage einfällt.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Outcome and decisions</source>
        <translation>Ergebnis und Entscheidungen</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>the appointment of {day}</source>
        <translation>Termin vom {day}</translation>
    </message>
    <message>
        <source>A&amp;dd appointment…</source>
        <translation>Termin hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>Fragen an meine Ärztin oder meinen Arzt</translation>
    </message>
    <message>
        <source>Add &amp;question…</source>
        <translation>&amp;Frage hinzufügen…</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <source>For {clinician} on {day} at {time}. Tick a question once it is answered.</source>
        <translation>Für {clinician} am {day} um {time}. Haken Sie eine Frage ab, sobald sie beantwortet ist.</translation>
    </message>
    <message>
        <source>For the appointment on {day} at {time}. Tick a question once it is answered.</source>
        <translation>Für den Termin am {day} um {time}. Haken Sie eine Frage ab, sobald sie beantwortet ist.</translation>
    </message>
    <message>
        <source>For your next appointment, whenever it is booked. Add questions here or with Ctrl+Shift+D from anywhere.</source>
        <translation>Für Ihren nächsten Termin, wann immer er vereinbart wird. Fügen Sie Fragen hier hinzu oder von überall mit Strg+Umschalt+D.</translation>
    </message>
    <message>
        <source>Question added for your next appointment.</source>
        <translation>Frage für Ihren nächsten Termin hinzugefügt.</translation>
    </message>
    <message>
        <source>Delete a question</source>
        <translation>Eine Frage löschen</translation>
    </message>
    <message>
        <source>Question deleted. Press Ctrl+Z to undo.</source>
        <translation>Frage gelöscht. Mit Strg+Z machen Sie es rückgängig.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Datensicherungen</translation>
    </message>
    <message>
        <source>Your journal and its photos are backed up every 30 minutes while you use it, when you close it, and before updates and imports. Older backups are thinned to one a day, then one a week, then one a month.</source>
        <translation>Ihr Tagebuch und seine Fotos werden alle 30 Minuten gesichert, während Sie es benutzen, außerdem beim Schließen und vor Aktualisierungen und Importen. Ältere Sicherungen werden ausgedünnt: auf eine am Tag, dann eine pro Woche, dann eine pro Monat.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No backups yet. The first is made 30 minutes after a change.</source>
        <translation>Noch keine Sicherungen. Die erste entsteht 30 Minuten nach einer Änderung.</translation>
    </message>
    <message>
        <source>Backed up: {when}.</source>
        <translation>Gesichert: {when}.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Put the backup of {when} in place of your journal? What you saved since then will not be in it. The journal as it is now is kept beside it and backed up first, so it can be brought back. The journal is closed and opened again.</source>
        <translation>Die Sicherung vom {when} an die Stelle Ihres Tagebuchs setzen? Was Sie seitdem gespeichert haben, ist darin nicht enthalten. Das Tagebuch in seinem jetzigen Stand wird daneben aufbewahrt und vorher gesichert, sodass es sich zurückholen lässt. Das Tagebuch wird geschlossen und neu geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BackupsFacade</name>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Es wurde keine Sicherung angelegt: {reason}</translation>
    </message>
</context>
<context>
    <name>BasdaiDialog</name>
    <message>
        <source>Change the BASDAI</source>
        <translation>BASDAI ändern</translation>
    </message>
    <message>
        <source>BASDAI: how was the last week?</source>
        <translation>BASDAI: Wie war die letzte Woche?</translation>
    </message>
    <message>
        <source>About the last week, from 0 (none) to 10 (very severe).</source>
        <translation>Über die letzte Woche, von 0 (gar nicht) bis 10 (sehr stark).</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>Morning stiffness: how long (2 h or more is 10)</source>
        <translation>Morgensteifigkeit: wie lange (2 Std. oder mehr ist 10)</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>Frage {n}</translation>
    </message>
    <message>
        <source>{question} (for ASDAS)</source>
        <translation>{question} (für ASDAS)</translation>
    </message>
    <message>
        <source>The ASDAS question</source>
        <translation>Die ASDAS-Frage</translation>
    </message>
</context>
<context>
    <name>BasdaiView</name>
    <message>
        <source>Two different measures, each on its own scale. BASDAI: six questions about the last week, scored 0 to 10; {active} or more is the usual mark of active disease. ASDAS: some of the same answers with a CRP or ESR, scored on a scale of its own: below 1.3 inactive disease, 1.3 to under 2.1 low, 2.1 to 3.5 high, above 3.5 very high disease activity. So a BASDAI below 4 can sit beside a high ASDAS. The ASDAS is shown when you answered the last question and a CRP or ESR was taken within {days} days.</source>
        <translation>Zwei verschiedene Maße, jedes auf seiner eigenen Skala. BASDAI: sechs Fragen zur letzten Woche, bewertet von 0 bis 10; ab {active} gilt die Erkrankung üblicherweise als aktiv. ASDAS: einige derselben Antworten zusammen mit CRP oder BSG, auf einer eigenen Skala: unter 1,3 inaktiv, 1,3 bis unter 2,1 niedrige, 2,1 bis 3,5 hohe, über 3,5 sehr hohe Krankheitsaktivität. Ein BASDAI unter 4 kann also neben einem hohen ASDAS stehen. Der ASDAS wird angezeigt, wenn Sie die letzte Frage beantwortet haben und innerhalb von {days} Tagen ein CRP oder eine BSG bestimmt wurde.</translation>
    </message>
    <message>
        <source>No BASDAI yet. Once a week, answer its six questions about the last week with Fill in this week&apos;s BASDAI (Alt+W).</source>
        <translation>Noch kein BASDAI. Beantworten Sie einmal pro Woche die sechs Fragen zur letzten Woche mit „BASDAI dieser Woche ausfüllen“ (Alt+O).</translation>
    </message>
    <message>
        <source>BASDAI</source>
        <translation>BASDAI</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>BASDAI (0–10)</source>
        <translation>BASDAI (0–10)</translation>
    </message>
    <message>
        <source>Stiffness lasted (Q6)</source>
        <translation>Steifigkeit dauerte (F6)</translation>
    </message>
    <message>
        <source>ASDAS (its own scale)</source>
        <translation>ASDAS (eigene Skala)</translation>
    </message>
    <message>
        <source>the BASDAI of {day}</source>
        <translation>BASDAI vom {day}</translation>
    </message>
    <message>
        <source>Fill in this &amp;week&apos;s BASDAI…</source>
        <translation>BASDAI dieser W&amp;oche ausfüllen…</translation>
    </message>
    <message>
        <source>Fill in BASDAI</source>
        <translation>BASDAI ausfüllen</translation>
    </message>
    <message>
        <source>BASDAI and ASDAS</source>
        <translation>BASDAI und ASDAS</translation>
    </message>
</context>
<context>
    <name>BusyWork</name>
    <message>
        <source>Photos: {done} of {total}</source>
        <translation>Fotos: {done} von {total}</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Care record</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>&amp;Medicines</source>
        <translation>&amp;Medikamente</translation>
    </message>
    <message>
        <source>Labs and &amp;imaging</source>
        <translation>Labor und Bildgeb&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>Te&amp;rmine</translation>
    </message>
    <message>
        <source>&amp;BASDAI</source>
        <translation>B&amp;ASDAI</translation>
    </message>
    <message>
        <source>Co&amp;ntext and my symptoms</source>
        <translation>Vorges&amp;chichte und eigene Symptome</translation>
    </message>
    <message>
        <source>Question added for your next appointment.</source>
        <translation>Frage für Ihren nächsten Termin hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Schmerzen</translation>
    </message>
    <message>
        <source>&amp;Fever</source>
        <translation>&amp;Fieber</translation>
    </message>
    <message>
        <source>&amp;Stiffness</source>
        <translation>Steifigke&amp;it</translation>
    </message>
    <message>
        <source>&amp;How you are</source>
        <translation>&amp;Allgemeinbefinden</translation>
    </message>
    <message>
        <source>Ner&amp;ve and emergency symptoms</source>
        <translation>Nerven- und &amp;Notfallzeichen</translation>
    </message>
    <message>
        <source>Other si&amp;gns</source>
        <translation>Andere An&amp;zeichen</translation>
    </message>
    <message>
        <source>M&amp;y symptoms</source>
        <translation>Meine S&amp;ymptome</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Zeit&amp;punkt</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Zeitpunkt des Eintrags</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es wehtut</translation>
    </message>
    <message>
        <source>It feels</source>
        <translation>Es fühlt sich an</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything else: what helped, what worried you, questions…</source>
        <translation>Alles andere: was geholfen hat, was Sie beunruhigt hat, Fragen…</translation>
    </message>
    <message>
        <source>Show this to my doctor</source>
        <translation>Meiner Ärztin oder meinem Arzt zeigen</translation>
    </message>
    <message>
        <source>Start a new check-in</source>
        <translation>Neuen Eintrag beginnen</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <source>Changing the check-in of {moment}</source>
        <translation>Eintrag vom {moment} wird geändert</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>The check-in you had open was deleted.</source>
        <translation>Der geöffnete Eintrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>The check-in you were changing was deleted. What you typed is still here: Save keeps it as a new check-in.</source>
        <translation>Der Eintrag, den Sie geändert haben, wurde gelöscht. Was Sie eingegeben haben, ist noch da: Speichern legt es als neuen Eintrag an.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Nicht gespeichert: Bitte korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Saved the check-in of {moment}.</source>
        <translation>Eintrag vom {moment} gespeichert.</translation>
    </message>
    <message>
        <source>Restored what you had typed and not saved.</source>
        <translation>Was Sie eingegeben und nicht gespeichert hatten, ist wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>CheckInTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Stärkster</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifigkeit</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Fotos vergleichen</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit photos</source>
        <translation>Fotos einpassen</translation>
    </message>
    <message>
        <source>←/→ later photo   Shift+←/→ earlier photo   Ctrl+/Ctrl− zoom</source>
        <translation>←/→ späteres Foto   Umschalt+←/→ früheres Foto   Strg+/Strg− Zoom</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>{side} observation</source>
        <translation>Beobachtung „{side}“</translation>
    </message>
    <message>
        <source>{side} photo</source>
        <translation>Foto „{side}“</translation>
    </message>
    <message>
        <source>{side} photo, zoomed</source>
        <translation>Foto „{side}“, vergrößert</translation>
    </message>
    <message>
        <source> (no photo)</source>
        <translation> (kein Foto)</translation>
    </message>
    <message>
        <source>No photo for this observation</source>
        <translation>Kein Foto zu dieser Beobachtung</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteLesion</name>
    <message numerus="yes">
        <source>Delete “{name}” with its %n observation(s) and their photos?</source>
        <translation>
            <numerusform>„{name}“ mit seiner %n Beobachtung und deren Fotos löschen?</numerusform>
            <numerusform>„{name}“ mit seinen %n Beobachtungen und deren Fotos löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete lesion</source>
        <translation>Hautveränderung löschen</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteObservation</name>
    <message numerus="yes">
        <source>Delete the observation of {day} and its %n photo(s)?</source>
        <translation>
            <numerusform>Die Beobachtung vom {day} und ihr %n Foto löschen?</numerusform>
            <numerusform>Die Beobachtung vom {day} und ihre %n Fotos löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the observation of {day}?</source>
        <translation>Die Beobachtung vom {day} löschen?</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Beobachtung löschen</translation>
    </message>
</context>
<context>
    <name>ConfirmRemovePhoto</name>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Remove the photo of {day} from this lesion?
You can undo this with Ctrl+Z.</source>
        <translation>Das Foto vom {day} von dieser Hautveränderung entfernen?
Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>ContextView</name>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>like ankylosing spondylitis, since 2019</source>
        <translation>z. B. Morbus Bechterew, seit 2019</translation>
    </message>
    <message>
        <source>Recent surgery</source>
        <translation>Kürzliche Operation</translation>
    </message>
    <message>
        <source>what, and when</source>
        <translation>was und wann</translation>
    </message>
    <message>
        <source>About the infections</source>
        <translation>Zu den Infektionen</translation>
    </message>
    <message>
        <source>when, and how they were treated</source>
        <translation>wann und wie sie behandelt wurden</translation>
    </message>
    <message>
        <source>Weak immunity</source>
        <translation>Geschwächte Abwehr</translation>
    </message>
    <message>
        <source>chemotherapy, steroids, or another cause</source>
        <translation>Chemotherapie, Kortison oder ein anderer Grund</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>like penicillin (rash)</source>
        <translation>z. B. Penicillin (Ausschlag)</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Urinary infection</source>
        <translation>Harnwegsinfekt</translation>
    </message>
    <message>
        <source>Skin infection</source>
        <translation>Hautinfektion</translation>
    </message>
    <message>
        <source>Dental infection</source>
        <translation>Zahninfektion</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Injects drugs</source>
        <translation>Spritzt Drogen</translation>
    </message>
    <message>
        <source>No symptoms of your own yet. Add one with Track a symptom of my own (Alt+Y); it is asked in every check-in from then on.</source>
        <translation>Noch keine eigenen Symptome. Fügen Sie eines mit „Eigenes Symptom erfassen“ (Alt+Y) hinzu; es wird von da an in jedem Eintrag gefragt.</translation>
    </message>
    <message>
        <source>Retired: past values kept</source>
        <translation>Nicht mehr gefragt: frühere Werte bleiben</translation>
    </message>
    <message>
        <source>In every check-in</source>
        <translation>In jedem Eintrag</translation>
    </message>
    <message>
        <source>Medical context</source>
        <translation>Medizinische Vorgeschichte</translation>
    </message>
    <message>
        <source>Recent infections</source>
        <translation>Kürzliche Infektionen</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Außerdem</translation>
    </message>
    <message>
        <source>Save medical context</source>
        <translation>Vorgeschichte speichern</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Answered as</source>
        <translation>Antwort als</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>Custom symptoms</source>
        <translation>Eigene Symptome</translation>
    </message>
    <message>
        <source>Track a symptom of m&amp;y own…</source>
        <translation>Eigenes S&amp;ymptom erfassen…</translation>
    </message>
    <message>
        <source>Add custom symptom</source>
        <translation>Eigenes Symptom hinzufügen</translation>
    </message>
    <message>
        <source>Stop asking</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Retire symptom</source>
        <translation>Symptom nicht mehr fragen</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Wieder fragen</translation>
    </message>
    <message>
        <source>Bring back symptom</source>
        <translation>Symptom wieder fragen</translation>
    </message>
    <message>
        <source>For the doctor, kept once</source>
        <translation>Für die Ärztin oder den Arzt, einmal festgehalten</translation>
    </message>
    <message>
        <source>My own symptoms</source>
        <translation>Meine eigenen Symptome</translation>
    </message>
    <message>
        <source>They appear in every check-in, under “My symptoms”. A symptom you stop asking leaves the check-in and the charts; what you recorded stays.</source>
        <translation>Sie erscheinen in jedem Eintrag unter „Meine Symptome“. Ein Symptom, das nicht mehr gefragt wird, verschwindet aus dem Eintrag und den Diagrammen; was Sie festgehalten haben, bleibt.</translation>
    </message>
    <message>
        <source>Not saved yet: it is saved when you leave this page.</source>
        <translation>Noch nicht gespeichert: Es wird gespeichert, wenn Sie diese Seite verlassen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>no longer asked</source>
        <translation>wird nicht mehr gefragt</translation>
    </message>
    <message>
        <source>asked again in every check-in</source>
        <translation>wird wieder in jedem Eintrag gefragt</translation>
    </message>
    <message>
        <source>{label} is {done}. Press Ctrl+Z to undo.</source>
        <translation>{label} {done}. Mit Strg+Z machen Sie es rückgängig.</translation>
    </message>
</context>
<context>
    <name>CustomSymptomDialog</name>
    <message>
        <source>Track a symptom of my own</source>
        <translation>Eigenes Symptom erfassen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>like Jaw pain</source>
        <translation>z. B. Kieferschmerzen</translation>
    </message>
    <message>
        <source>&amp;Answered as</source>
        <translation>&amp;Antwort als</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>like mmHg</source>
        <translation>z. B. mmHg</translation>
    </message>
    <message>
        <source>&amp;Lowest</source>
        <translation>&amp;Kleinster Wert</translation>
    </message>
    <message>
        <source>&amp;Highest</source>
        <translation>&amp;Größter Wert</translation>
    </message>
    <message>
        <source>The lowest value</source>
        <translation>Der kleinste Wert</translation>
    </message>
    <message>
        <source>The highest value</source>
        <translation>Der größte Wert</translation>
    </message>
</context>
<context>
    <name>DeleteCheckIn</name>
    <message>
        <source>Delete the check-in of {moment}</source>
        <translation>Eintrag vom {moment} löschen</translation>
    </message>
</context>
<context>
    <name>DeleteLesion</name>
    <message>
        <source>Delete the lesion “{name}”</source>
        <translation>Hautveränderung „{name}“ löschen</translation>
    </message>
</context>
<context>
    <name>DeleteObservation</name>
    <message>
        <source>Delete the observation of {day}</source>
        <translation>Beobachtung vom {day} löschen</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <source>A dose of {medicine}</source>
        <translation>Eine Dosis {medicine}</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>Was gesc&amp;hah</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>&amp;Side effects</source>
        <translation>&amp;Nebenwirkungen</translation>
    </message>
    <message>
        <source>like nausea, rash; empty if none</source>
        <translation>z. B. Übelkeit, Ausschlag; leer, wenn keine</translation>
    </message>
</context>
<context>
    <name>EncryptionChange</name>
    <message>
        <source>Encryption is on: the journal, its photos and backups are encrypted.</source>
        <translation>Die Verschlüsselung ist an: Das Tagebuch, seine Fotos und Sicherungen sind verschlüsselt.</translation>
    </message>
    <message>
        <source>Encryption is off: the journal is no longer encrypted.</source>
        <translation>Die Verschlüsselung ist aus: Das Tagebuch ist nicht mehr verschlüsselt.</translation>
    </message>
    <message>
        <source>The passphrase is changed; the old one no longer opens the journal.</source>
        <translation>Die Passphrase ist geändert; die alte öffnet das Tagebuch nicht mehr.</translation>
    </message>
    <message>
        <source>Encrypting the journal, its photos and backups…</source>
        <translation>Das Tagebuch, seine Fotos und Sicherungen werden verschlüsselt…</translation>
    </message>
    <message>
        <source>Decrypting the journal, its photos and backups…</source>
        <translation>Das Tagebuch, seine Fotos und Sicherungen werden entschlüsselt…</translation>
    </message>
    <message>
        <source>Putting the journal under its new passphrase…</source>
        <translation>Das Tagebuch erhält seine neue Passphrase…</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Write a recovery sheet?</source>
        <translation>Ein Notfallblatt schreiben?</translation>
    </message>
    <message>
        <source>{name} now opens only with its passphrase. Nobody can recover a forgotten passphrase — not even us. Write it on a recovery sheet to print and keep somewhere safe?</source>
        <translation>{name} öffnet sich jetzt nur noch mit der Passphrase. Niemand kann eine vergessene Passphrase wiederherstellen – auch wir nicht. Auf ein Notfallblatt schreiben, um es auszudrucken und sicher aufzubewahren?</translation>
    </message>
    <message>
        <source>Write a &amp;recovery sheet…</source>
        <translation>Not&amp;fallblatt schreiben…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>&lt;b&gt;What encryption protects against:&lt;/b&gt; a lost or stolen laptop, and another user of this computer. Without the passphrase the journal, its photos and its backups cannot be read.</source>
        <translation>&lt;b&gt;Wovor die Verschlüsselung schützt:&lt;/b&gt; vor einem verlorenen oder gestohlenen Laptop und vor anderen Benutzern dieses Computers. Ohne die Passphrase lassen sich das Tagebuch, seine Fotos und seine Sicherungen nicht lesen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it does not protect against:&lt;/b&gt; a forgotten passphrase cannot be recovered by anyone — not by you, not by us — so write a recovery sheet and keep it safe. While the journal is open and unlocked, someone at the computer can read it. When you turn encryption on, the older unencrypted backups are removed and a new encrypted one is made.</source>
        <translation>&lt;b&gt;Wovor sie nicht schützt:&lt;/b&gt; Eine vergessene Passphrase kann niemand wiederherstellen – weder Sie noch wir. Schreiben Sie deshalb ein Notfallblatt und bewahren Sie es sicher auf. Solange das Tagebuch offen und entsperrt ist, kann jemand am Computer es lesen. Wenn Sie die Verschlüsselung einschalten, werden die älteren unverschlüsselten Sicherungen entfernt und eine neue verschlüsselte angelegt.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>{name} is encrypted.</source>
        <translation>{name} ist verschlüsselt.</translation>
    </message>
    <message>
        <source>{name} is not encrypted: anyone who can open its file can read it.</source>
        <translation>{name} ist nicht verschlüsselt: Wer die Datei öffnen kann, kann es lesen.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Turn encryption on</source>
        <translation>Verschlüsselung einschalten</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Passphrase än&amp;dern</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Turn &amp;on encryption</source>
        <translation>Verschlüsselung &amp;einschalten</translation>
    </message>
    <message>
        <source>Turn on encryption</source>
        <translation>Verschlüsselung einschalten</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Sperren nach Minuten ohne Nutzung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Lock an encrypted journal after this long without use:</source>
        <translation>Verschlüsseltes Tagebuch nach so langer Zeit ohne Nutzung &amp;sperren:</translation>
    </message>
    <message>
        <source>Write a &amp;recovery sheet…</source>
        <translation>Not&amp;fallblatt schreiben…</translation>
    </message>
    <message>
        <source>Write a recovery sheet</source>
        <translation>Notfallblatt schreiben</translation>
    </message>
    <message>
        <source>Turn o&amp;ff encryption…</source>
        <translation>Verschlüsselung &amp;ausschalten…</translation>
    </message>
    <message>
        <source>Turn off encryption</source>
        <translation>Verschlüsselung ausschalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Turn encryption off?</source>
        <translation>Verschlüsselung ausschalten?</translation>
    </message>
    <message>
        <source>{name}, its photos and its backups will be stored unencrypted: anyone who gets this computer or its disk could read them. The encrypted backups are removed and a new unencrypted one is made. The journal is closed and opened again.</source>
        <translation>{name}, seine Fotos und seine Sicherungen werden unverschlüsselt gespeichert: Wer diesen Computer oder seine Festplatte in die Hände bekommt, könnte sie lesen. Die verschlüsselten Sicherungen werden entfernt und eine neue unverschlüsselte angelegt. Das Tagebuch wird geschlossen und neu geöffnet.</translation>
    </message>
    <message>
        <source>Turn &amp;off encryption</source>
        <translation>Verschlüsselung &amp;ausschalten</translation>
    </message>
    <message>
        <source>Keep it encrypted</source>
        <translation>Verschlüsselt lassen</translation>
    </message>
    <message>
        <source>Type the journal&apos;s passphrase to write it on the recovery sheet.</source>
        <translation>Geben Sie die Passphrase des Tagebuchs ein, um sie auf das Notfallblatt zu schreiben.</translation>
    </message>
</context>
<context>
    <name>EncryptionFacade</name>
    <message>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Tagebuchs ein.</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Passphrases are case-sensitive.</source>
        <translation>Diese Passphrase öffnet das Tagebuch nicht. Groß- und Kleinschreibung zählt.</translation>
    </message>
    <message>
        <source>The passphrase is empty; nothing was changed.</source>
        <translation>Die Passphrase ist leer; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); nothing was changed.</source>
        <translation>{path} konnte nicht geschrieben werden ({reason}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The sheet was not written to {path}: {reason}.</source>
        <translation>Das Blatt wurde nicht nach {path} geschrieben: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExchangeFacade</name>
    <message>
        <source>The {kind} export is not part of this version yet.</source>
        <translation>Der Export als {kind} gehört noch nicht zu dieser Version.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Wrote {name} ({size} bytes){held}.</source>
        <translation>{name} geschrieben ({size} Bytes){held}.</translation>
    </message>
    <message>
        <source>This journal already holds records. An export of this program goes into a new, empty journal: use Journal → New journal…, then import there. Nothing was changed.</source>
        <translation>Dieses Tagebuch enthält schon Einträge. Ein Export dieses Programms gehört in ein neues, leeres Tagebuch: Wählen Sie Tagebuch → Neues Tagebuch… und importieren Sie dort. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name}: {problem}. Nothing was imported.</source>
        <translation>{name}: {problem}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Importing {kind} files is not part of this version yet.</source>
        <translation>Der Import von {kind}-Dateien gehört noch nicht zu dieser Version.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>{name} is too large to be an export of a journal.</source>
        <translation>{name} ist zu groß für den Export eines Tagebuchs.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Imported {what}.</source>
        <translation>Importiert: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n check-in(s).</source>
        <translation>
            <numerusform>%n Eintrag importiert.</numerusform>
            <numerusform>%n Einträge importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n check-in(s) from the other copy.</source>
        <translation>
            <numerusform>%n Eintrag aus der anderen Kopie hinzugefügt.</numerusform>
            <numerusform>%n Einträge aus der anderen Kopie hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>An archive or CSV files hold everything, photos included, and import back into a new journal without loss. FHIR is for health-record systems.</source>
        <translation>Ein Archiv oder CSV-Dateien enthalten alles, auch die Fotos, und lassen sich verlustfrei in ein neues Tagebuch zurückimportieren. FHIR ist für Gesundheitsakten-Systeme gedacht.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Export message</source>
        <translation>Meldung zum Export</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Exportdatei auswählen</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Start each CSV file with a byte-order mark (for spreadsheets)</source>
        <translation>Jede CSV-Datei mit einer Bytereihenfolge-Markierung beginnen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>Byte-order mark for spreadsheets</source>
        <translation>Bytereihenfolge-Markierung für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>&amp;Only from</source>
        <translation>&amp;Nur vom</translation>
    </message>
    <message>
        <source>Export only some days</source>
        <translation>Nur einige Tage exportieren</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Export now</source>
        <translation>Jetzt e&amp;xportieren</translation>
    </message>
    <message>
        <source>Export now</source>
        <translation>Jetzt exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Die Datei ersetzen?</translation>
    </message>
    <message>
        <source>{name} exists already in {folder}. Replace it with this export?</source>
        <translation>{name} gibt es in {folder} schon. Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The first day is after the last day: nothing was written.</source>
        <translation>Der erste Tag liegt nach dem letzten: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written: choose another file, or replace it.</source>
        <translation>Es wurde nichts geschrieben: Wählen Sie eine andere Datei, oder ersetzen Sie sie.</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>Angehalten: Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>FlagBanner</name>
    <message>
        <source>Red flags could not be checked this time, because of a fault in the program. Everything you recorded is saved. If you are worried about how you feel, contact your doctor.</source>
        <translation>Die Warnzeichen konnten diesmal wegen eines Fehlers im Programm nicht geprüft werden. Alles, was Sie festgehalten haben, ist gespeichert. Wenn Sie sich wegen Ihres Befindens Sorgen machen, wenden Sie sich an Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>Urgent red flag</source>
        <translation>Dringendes Warnzeichen</translation>
    </message>
    <message>
        <source>Soon red flag</source>
        <translation>Warnzeichen: bald</translation>
    </message>
    <message>
        <source>Next appointment red flag</source>
        <translation>Warnzeichen: zum nächsten Termin</translation>
    </message>
    <message numerus="yes">
        <source> And %n more red flag(s) to look at.</source>
        <translation>
            <numerusform> Und %n weiteres Warnzeichen zum Ansehen.</numerusform>
            <numerusform> Und %n weitere Warnzeichen zum Ansehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{level}: {label}. {title}, {dates}.</source>
        <translation>{level}: {label}. {title}, {dates}.</translation>
    </message>
    <message>
        <source>Red flag alert</source>
        <translation>Hinweis auf Warnzeichen</translation>
    </message>
    <message>
        <source>Show red flags</source>
        <translation>Warnzeichen zeigen</translation>
    </message>
    <message>
        <source>Red flags could not be checked</source>
        <translation>Warnzeichen konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
</context>
<context>
    <name>FlagSettings</name>
    <message>
        <source>{caption} … {unit}; default {value}{about}.</source>
        <translation>{caption} … {unit}; Standard {value}{about}.</translation>
    </message>
    <message>
        <source>{unit}   (default {value}{about})</source>
        <translation>{unit}   (Standard {value}{about})</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <source>A fever is a temperature from</source>
        <translation>Fieber ist eine Temperatur ab</translation>
    </message>
    <message>
        <source>Fever temperature</source>
        <translation>Fiebertemperatur</translation>
    </message>
    <message>
        <source>Weight loss</source>
        <translation>Gewichtsverlust</translation>
    </message>
    <message>
        <source>A loss of at least</source>
        <translation>Ein Verlust von mindestens</translation>
    </message>
    <message>
        <source>Weight loss percentage</source>
        <translation>Gewichtsverlust in Prozent</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb von</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Weight loss period in days</source>
        <translation>Zeitraum des Gewichtsverlusts in Tagen</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>Pain that does not ease</source>
        <translation>Schmerzen, die nicht nachlassen</translation>
    </message>
    <message>
        <source>Pain of at least</source>
        <translation>Schmerzen von mindestens</translation>
    </message>
    <message>
        <source>out of 10</source>
        <translation>von 10</translation>
    </message>
    <message>
        <source>Unrelenting pain level</source>
        <translation>Stärke anhaltender Schmerzen</translation>
    </message>
    <message>
        <source>every day for</source>
        <translation>jeden Tag über</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>Tage hintereinander</translation>
    </message>
    <message>
        <source>Unrelenting pain days</source>
        <translation>Tage anhaltender Schmerzen</translation>
    </message>
    <message>
        <source>Rapidly worsening pain</source>
        <translation>Rasch zunehmende Schmerzen</translation>
    </message>
    <message>
        <source>Mean pain up by at least</source>
        <translation>Mittlerer Schmerz gestiegen um mindestens</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Pain rise</source>
        <translation>Schmerzanstieg</translation>
    </message>
    <message>
        <source>comparing the last</source>
        <translation>beim Vergleich der letzten</translation>
    </message>
    <message>
        <source>days with the days before</source>
        <translation>Tage mit den Tagen davor</translation>
    </message>
    <message>
        <source>Days compared for worsening pain</source>
        <translation>Verglichene Tage bei zunehmenden Schmerzen</translation>
    </message>
    <message>
        <source>Long morning stiffness, most days</source>
        <translation>Lange Morgensteifigkeit an den meisten Tagen</translation>
    </message>
    <message>
        <source>Stiffness longer than</source>
        <translation>Steifigkeit länger als</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Stiffness minutes</source>
        <translation>Minuten Steifigkeit</translation>
    </message>
    <message>
        <source>on at least</source>
        <translation>an mindestens</translation>
    </message>
    <message>
        <source>Stiff days needed</source>
        <translation>Nötige Tage mit Steifigkeit</translation>
    </message>
    <message>
        <source>out of the last</source>
        <translation>der letzten</translation>
    </message>
    <message>
        <source>Stiffness period</source>
        <translation>Zeitraum der Steifigkeit</translation>
    </message>
    <message>
        <source>A skin lesion growing</source>
        <translation>Eine wachsende Hautveränderung</translation>
    </message>
    <message>
        <source>Bigger at</source>
        <translation>Größer bei</translation>
    </message>
    <message>
        <source>observations in a row</source>
        <translation>Beobachtungen hintereinander</translation>
    </message>
    <message>
        <source>Lesion growth observations</source>
        <translation>Beobachtungen zum Wachstum</translation>
    </message>
    <message>
        <source>Coming back after antibiotics</source>
        <translation>Rückkehr nach Antibiotika</translation>
    </message>
    <message>
        <source>points from its lowest</source>
        <translation>Punkte über dem Tiefstwert</translation>
    </message>
    <message>
        <source>Pain rise after antibiotics</source>
        <translation>Schmerzanstieg nach Antibiotika</translation>
    </message>
    <message>
        <source>watched for</source>
        <translation>beobachtet über</translation>
    </message>
    <message>
        <source>days after a course ends</source>
        <translation>Tage nach dem Ende einer Behandlung</translation>
    </message>
    <message>
        <source>Days watched after antibiotics</source>
        <translation>Beobachtete Tage nach Antibiotika</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>„{title}“</translation>
    </message>
    <message>
        <source>For the red flag {name}.</source>
        <translation>Für das Warnzeichen {name}.</translation>
    </message>
    <message>
        <source>For the red flags {names} and {last}.</source>
        <translation>Für die Warnzeichen {names} und {last}.</translation>
    </message>
</context>
<context>
    <name>FlagTableModel</name>
    <message>
        <source>How soon</source>
        <translation>Wie bald</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Gesehen</translation>
    </message>
</context>
<context>
    <name>FlagsHelp</name>
    <message>
        <source>Each rule draws its line where the product&apos;s defaults say, unless you moved it in Journal → Red flag settings. The words above use the lines in use now.</source>
        <translation>Jede Regel zieht ihre Grenze bei den Standardwerten des Programms, sofern Sie sie nicht unter Tagebuch → Warnzeichen-Einstellungen verschoben haben. Die Texte oben verwenden die jetzt gültigen Grenzen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How soon:&lt;/b&gt; {level}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wie bald:&lt;/b&gt; {level}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From {source}.</source>
        <translation>Aus {source}.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A flag is never a diagnosis, and no flag does not mean all is well: if you are worried, ask your doctor. The summary says so on every page: “{footer}”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Warnzeichen ist nie eine Diagnose, und kein Warnzeichen heißt nicht, dass alles in Ordnung ist: Wenn Sie sich Sorgen machen, fragen Sie Ihre Ärztin oder Ihren Arzt. Die Zusammenfassung sagt das auf jeder Seite: „{footer}“.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FlagsHelpDialog</name>
    <message>
        <source>What the red flags mean</source>
        <translation>Was die Warnzeichen bedeuten</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Data behind the flag</source>
        <translation>Daten hinter dem Warnzeichen</translation>
    </message>
    <message>
        <source>Acknowledge flag</source>
        <translation>Warnzeichen zur Kenntnis nehmen</translation>
    </message>
    <message>
        <source>Mark that you have seen this flag. It stays on record, and the summary for your doctor shows it as acknowledged.</source>
        <translation>Vermerken Sie, dass Sie dieses Warnzeichen gesehen haben. Es bleibt festgehalten, und die Zusammenfassung für Ihre Ärztin oder Ihren Arzt zeigt es als zur Kenntnis genommen.</translation>
    </message>
    <message>
        <source>Red flag &amp;settings…</source>
        <translation>Warnzeichen-Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Red flag settings</source>
        <translation>Warnzeichen-Einstellungen</translation>
    </message>
    <message>
        <source>Where each red flag draws its line: fever temperature, days of pain, and so on.</source>
        <translation>Wo jedes Warnzeichen seine Grenze zieht: Fiebertemperatur, Tage mit Schmerzen und so weiter.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Genesung</translation>
    </message>
    <message>
        <source>What you recorded:</source>
        <translation>Was Sie festgehalten haben:</translation>
    </message>
    <message>
        <source>Recovery while on antibiotics</source>
        <translation>Genesung unter Antibiotika</translation>
    </message>
</context>
<context>
    <name>FlagsView</name>
    <message>
        <source>No antibiotic course is running today. While one runs, this shows the week of treatment and how your pain and temperature compare with the typical course.</source>
        <translation>Heute läuft keine Antibiotikabehandlung. Während eine läuft, zeigt dies die Behandlungswoche und wie sich Ihre Schmerzen und Ihre Temperatur im Vergleich zum typischen Verlauf entwickeln.</translation>
    </message>
    <message>
        <source>Nothing to check yet: red flags are looked for once you have saved check-ins.</source>
        <translation>Noch nichts zu prüfen: Nach Warnzeichen wird gesucht, sobald Sie Einträge gespeichert haben.</translation>
    </message>
    <message>
        <source>No red flags in what you have recorded. If you are worried about how you feel, contact your doctor.</source>
        <translation>Keine Warnzeichen in dem, was Sie festgehalten haben. Wenn Sie sich wegen Ihres Befindens Sorgen machen, wenden Sie sich an Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>Nothing new to look at: all {rest} red flags below are older than {days} days or acknowledged, and kept on record.</source>
        <translation>Nichts Neues anzusehen: Alle {rest} Warnzeichen unten sind älter als {days} Tage oder zur Kenntnis genommen und bleiben festgehalten.</translation>
    </message>
    <message>
        <source>Nothing new to look at: the red flag below is older than {days} days or acknowledged, and kept on record.</source>
        <translation>Nichts Neues anzusehen: Das Warnzeichen unten ist älter als {days} Tage oder zur Kenntnis genommen und bleibt festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) to look at, in colour at the top: from the last {days} days and not acknowledged yet, the most pressing first.</source>
        <translation>
            <numerusform>%n Warnzeichen zum Ansehen, farbig oben: aus den letzten {days} Tagen und noch nicht zur Kenntnis genommen, das dringendste zuerst.</numerusform>
            <numerusform>%n Warnzeichen zum Ansehen, farbig oben: aus den letzten {days} Tagen und noch nicht zur Kenntnis genommen, die dringendsten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Below them, {rest} older or acknowledged, kept on record.</source>
        <translation>Darunter {rest} ältere oder zur Kenntnis genommene, weiter festgehalten.</translation>
    </message>
    <message>
        <source>Flag acknowledged. Press Ctrl+Z to undo.</source>
        <translation>Warnzeichen zur Kenntnis genommen. Mit Strg+Z machen Sie es rückgängig.</translation>
    </message>
    <message>
        <source>Red flag settings saved; the flags were found again with them.</source>
        <translation>Warnzeichen-Einstellungen gespeichert; die Warnzeichen wurden damit neu ermittelt.</translation>
    </message>
    <message>
        <source> — acknowledged {day}</source>
        <translation> – zur Kenntnis genommen am {day}</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>Photo of {day}</source>
        <translation>Foto vom {day}</translation>
    </message>
</context>
<context>
    <name>GuardedCommand</name>
    <message>
        <source>Could not redo “{what}”: {problem} Then press Ctrl+Z and Ctrl+Shift+Z to redo it.</source>
        <translation>„{what}“ konnte nicht wiederholt werden: {problem} Drücken Sie danach Strg+Z und Strg+Umschalt+Z, um es zu wiederholen.</translation>
    </message>
    <message>
        <source>Could not redo “{what}”: the record has changed since.</source>
        <translation>„{what}“ konnte nicht wiederholt werden: Der Eintrag hat sich seitdem geändert.</translation>
    </message>
    <message>
        <source>Could not undo “{what}”: {problem} Then press Ctrl+Shift+Z and Ctrl+Z to undo it.</source>
        <translation>„{what}“ konnte nicht rückgängig gemacht werden: {problem} Drücken Sie danach Strg+Umschalt+Z und Strg+Z, um es rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Could not undo “{what}”: the record has changed since.</source>
        <translation>„{what}“ konnte nicht rückgängig gemacht werden: Der Eintrag hat sich seitdem geändert.</translation>
    </message>
    <message>
        <source>{said} Nothing else was changed.</source>
        <translation>{said} Sonst wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>HealedDialog</name>
    <message>
        <source>Mark “{name}” healed</source>
        <translation>„{name}“ als abgeheilt markieren</translation>
    </message>
    <message>
        <source>Healed &amp;on</source>
        <translation>Abgeheilt &amp;am</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>{title} — Symptom Journal</source>
        <translation>{title} – Symptom Journal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>What the red &amp;flags mean</source>
        <translation>Was die &amp;Warnzeichen bedeuten</translation>
    </message>
    <message>
        <source>Bringing the &amp;summary to an appointment</source>
        <translation>Die &amp;Zusammenfassung zum Termin mitnehmen</translation>
    </message>
    <message>
        <source>&amp;About Symptom Journal</source>
        <translation>Ü&amp;ber Symptom Journal</translation>
    </message>
</context>
<context>
    <name>ImagingDialog</name>
    <message>
        <source>Change the imaging</source>
        <translation>Bildgebung ändern</translation>
    </message>
    <message>
        <source>Add imaging</source>
        <translation>Bildgebung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Untersuchung</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>in a few words, as the report says</source>
        <translation>in wenigen Worten, wie im Befund</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import into the journal</source>
        <translation>In das Tagebuch importieren</translation>
    </message>
    <message>
        <source>Their names and the metric each becomes:</source>
        <translation>Ihre Namen und der Messwert, zu dem jeder wird:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show preview to see what would be added.</source>
        <translation>Zeigen Sie die Vorschau an, um zu sehen, was hinzukäme.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>Meldung zum Import</translation>
    </message>
    <message>
        <source>Import format</source>
        <translation>Importformat</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Importdatei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Datei zum Importieren auswählen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation>&amp;Vorschau zeigen</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Vorschau zeigen</translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation>Jetzt &amp;importieren</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Jetzt importieren</translation>
    </message>
    <message>
        <source>Exports of this program (*.zip)</source>
        <translation>Exporte dieses Programms (*.zip)</translation>
    </message>
    <message>
        <source>Symptom journals (*.sqlite)</source>
        <translation>Symptom-Tagebücher (*.sqlite)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die Datei, die importiert werden soll.</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import now adds all of it.</source>
        <translation>Noch ist nichts geschrieben. „Jetzt importieren“ fügt alles hinzu.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Show the preview first.</source>
        <translation>Zeigen Sie zuerst die Vorschau an.</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>Angehalten: Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ImportMessage</name>
    <message>
        <source>Some files were not added</source>
        <translation>Einige Dateien wurden nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <source>Symptom journals (*.sqlite);;All files (*)</source>
        <translation>Symptom-Tagebücher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Ein Tagebuch öffnen</translation>
    </message>
    <message>
        <source>New &amp;journal…</source>
        <translation>Neues &amp;Tagebuch…</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>Tagebuch &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Leave the demo</source>
        <translation>Demo verl&amp;assen</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>De&amp;mo öffnen</translation>
    </message>
    <message>
        <source>No other journals yet</source>
        <translation>Noch keine anderen Tagebücher</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Neues Tagebuch</translation>
    </message>
    <message>
        <source>New journal.sqlite</source>
        <translation>Neues Tagebuch.sqlite</translation>
    </message>
    <message>
        <source>That journal exists already</source>
        <translation>Dieses Tagebuch gibt es schon</translation>
    </message>
    <message>
        <source>{path} exists already. It is opened as it is; nothing in it is replaced.</source>
        <translation>{path} gibt es schon. Es wird so geöffnet, wie es ist; nichts darin wird ersetzt.</translation>
    </message>
    <message>
        <source>Leave the demo</source>
        <translation>Demo verlassen</translation>
    </message>
    <message>
        <source>You changed things in the demo. Keep them there, to come back to with Journal → Open the demo, or throw them away? Your own journal is not affected either way.</source>
        <translation>Sie haben in der Demo etwas geändert. Sollen die Änderungen dort bleiben, damit Sie mit Tagebuch → Demo öffnen zurückkehren können, oder verworfen werden? Ihr eigenes Tagebuch bleibt in jedem Fall unberührt.</translation>
    </message>
    <message>
        <source>&amp;Keep my changes in the demo</source>
        <translation>Änderungen in der Demo &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Throw them away</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>JournalFacade</name>
    <message>
        <source>The disk is full — nothing was lost; free some space and save again.</source>
        <translation>Der Datenträger ist voll – nichts ging verloren; schaffen Sie etwas Platz und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>LabDialog</name>
    <message>
        <source>Change the lab result</source>
        <translation>Laborwert ändern</translation>
    </message>
    <message>
        <source>Add a lab result</source>
        <translation>Laborwert hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>&amp;Day taken</source>
        <translation>&amp;Abnahmetag</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>Result in &amp;words</source>
        <translation>Ergebnis in W&amp;orten</translation>
    </message>
    <message>
        <source>for a culture: negative, or positive with the organism</source>
        <translation>bei einer Kultur: negativ oder positiv mit dem Erreger</translation>
    </message>
    <message>
        <source>Normal from</source>
        <translation>Normal ab</translation>
    </message>
    <message>
        <source>Normal up to</source>
        <translation>Normal bis</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>Der Wert</translation>
    </message>
    <message>
        <source>The bottom of the range</source>
        <translation>Die untere Grenze</translation>
    </message>
    <message>
        <source>The top of the range</source>
        <translation>Die obere Grenze</translation>
    </message>
</context>
<context>
    <name>LabsView</name>
    <message>
        <source>No lab results yet. Add one from the report with Add lab result (Alt+D): CRP, ESR, white cell count, a blood culture, or any other test.</source>
        <translation>Noch keine Laborwerte. Übernehmen Sie einen aus dem Befund mit „Laborwert hinzufügen“ (Alt+Z): CRP, BSG, Leukozyten, eine Blutkultur oder jeden anderen Test.</translation>
    </message>
    <message>
        <source>No scans yet. Add an MRI, X-ray, CT or ultrasound with Add imaging (Alt+G).</source>
        <translation>Noch keine Bildgebung. Fügen Sie ein MRT, Röntgen, CT oder Ultraschall mit „Bildgebung hinzufügen“ (Alt+F) hinzu.</translation>
    </message>
    <message>
        <source>from {low}</source>
        <translation>ab {low}</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Normalbereich</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>Laborwert</translation>
    </message>
    <message>
        <source>the {test} of {day}</source>
        <translation>{test} vom {day}</translation>
    </message>
    <message>
        <source>A&amp;dd lab result…</source>
        <translation>Laborwert hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Values outside the normal range are in bold.</source>
        <translation>Werte außerhalb des Normalbereichs sind fett gedruckt.</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>the {scan} of {day}</source>
        <translation>{scan} vom {day}</translation>
    </message>
    <message>
        <source>Add ima&amp;ging…</source>
        <translation>Bildgebung hinzu&amp;fügen…</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>This journal cannot be opened</source>
        <translation>Dieses Tagebuch lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>{path} could not be opened: {reason}.</source>
        <translation>{path} konnte nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>This journal is damaged</source>
        <translation>Dieses Tagebuch ist beschädigt</translation>
    </message>
    <message>
        <source>{name} is damaged and was not changed; it is kept as {kept} beside it.

The newest backup that passes the check is from {when}. Restore it and open it?</source>
        <translation>{name} ist beschädigt und wurde nicht verändert; es wird daneben als {kept} aufbewahrt.

Die neueste Sicherung, die die Prüfung besteht, ist vom {when}. Sie wiederherstellen und öffnen?</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Encryption was not changed</source>
        <translation>Die Verschlüsselung wurde nicht geändert</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation>Die Sicherung vom {when} ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>The journal as it was is kept as {name}.</source>
        <translation>Das Tagebuch im vorherigen Stand wird als {name} aufbewahrt.</translation>
    </message>
    <message>
        <source>Your journal cannot be opened</source>
        <translation>Ihr Tagebuch lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>LesionDialog</name>
    <message>
        <source>Change lesion</source>
        <translation>Hautveränderung ändern</translation>
    </message>
    <message>
        <source>Add lesion</source>
        <translation>Hautveränderung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>For example: Left shoulder boil</source>
        <translation>Zum Beispiel: Furunkel linke Schulter</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Wo</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>&amp;First seen</source>
        <translation>&amp;Zuerst bemerkt</translation>
    </message>
    <message>
        <source>&amp;Healed</source>
        <translation>&amp;Abgeheilt</translation>
    </message>
    <message>
        <source>It has healed</source>
        <translation>Sie ist abgeheilt</translation>
    </message>
    <message>
        <source>Healed &amp;on</source>
        <translation>Abgeheilt a&amp;m</translation>
    </message>
</context>
<context>
    <name>LesionQuestions</name>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>LesionWords</name>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
</context>
<context>
    <name>LesionsPage</name>
    <message>
        <source>Lesions</source>
        <translation>Hautveränderungen</translation>
    </message>
    <message>
        <source>Lesion list</source>
        <translation>Liste der Hautveränderungen</translation>
    </message>
    <message>
        <source>Add lesion…</source>
        <translation>Hautveränderung hinzufügen…</translation>
    </message>
    <message>
        <source>Add lesion</source>
        <translation>Hautveränderung hinzufügen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change lesion</source>
        <translation>Hautveränderung ändern</translation>
    </message>
    <message>
        <source>Mark healed…</source>
        <translation>Als abgeheilt markieren…</translation>
    </message>
    <message>
        <source>Mark healed</source>
        <translation>Als abgeheilt markieren</translation>
    </message>
    <message>
        <source>Delete lesion…</source>
        <translation>Hautveränderung löschen…</translation>
    </message>
    <message>
        <source>Delete lesion</source>
        <translation>Hautveränderung löschen</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>healed {day}</source>
        <translation>abgeheilt {day}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>No lesions yet</source>
        <translation>Noch keine Hautveränderungen</translation>
    </message>
    <message>
        <source>Add a lesion to follow it over time, with photos.</source>
        <translation>Fügen Sie eine Hautveränderung hinzu, um sie mit Fotos über die Zeit zu verfolgen.</translation>
    </message>
    <message>
        <source>first seen {day}</source>
        <translation>zuerst bemerkt {day}</translation>
    </message>
    <message>
        <source>not healed</source>
        <translation>nicht abgeheilt</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n Beobachtung</numerusform>
            <numerusform>%n Beobachtungen</numerusform>
        </translation>
    </message>
    <message>
        <source>latest size {size} mm</source>
        <translation>zuletzt {size} mm groß</translation>
    </message>
    <message>
        <source>Lesion deleted. Press Ctrl+Z to undo.</source>
        <translation>Hautveränderung gelöscht. Mit Strg+Z machen Sie es rückgängig.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>{name} is locked</source>
        <translation>{name} ist gesperrt</translation>
    </message>
    <message>
        <source>It was locked after a while without use, so that nobody passing by can read it. What you were typing is kept. Type the passphrase to carry on.</source>
        <translation>Es wurde nach einer Weile ohne Nutzung gesperrt, damit niemand im Vorbeigehen mitlesen kann. Was Sie gerade eingegeben haben, bleibt erhalten. Geben Sie die Passphrase ein, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{journal} — Symptom Journal</source>
        <translation>{journal} – Symptom Journal</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>J&amp;ournal</source>
        <translation>Ta&amp;gebuch</translation>
    </message>
    <message>
        <source>Prepare summary…</source>
        <translation>Zusammenfassung vorbereiten…</translation>
    </message>
    <message>
        <source>Prepare summary</source>
        <translation>Zusammenfassung vorbereiten</translation>
    </message>
    <message>
        <source>A PDF or print-out for your next appointment (Ctrl+P)</source>
        <translation>Ein PDF oder Ausdruck für Ihren nächsten Termin (Strg+P)</translation>
    </message>
    <message>
        <source>This is the demo. It keeps the changes you made in it, and is not rebuilt until you leave it and say so.</source>
        <translation>Dies ist die Demo. Sie behält Ihre Änderungen und wird erst neu aufgebaut, wenn Sie sie verlassen und das so wählen.</translation>
    </message>
    <message>
        <source>This is the demo, with made-up data to look around in. Your own journal is kept apart.</source>
        <translation>Dies ist die Demo mit erfundenen Daten zum Umschauen. Ihr eigenes Tagebuch bleibt davon getrennt.</translation>
    </message>
    <message>
        <source>Start &amp;my journal</source>
        <translation>&amp;Mein Tagebuch beginnen</translation>
    </message>
    <message>
        <source>Start my journal</source>
        <translation>Mein Tagebuch beginnen</translation>
    </message>
    <message>
        <source>&amp;Lesions</source>
        <translation>Haut&amp;veränderungen</translation>
    </message>
    <message>
        <source>&amp;Care record</source>
        <translation>Behan&amp;dlung</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Red &amp;flags</source>
        <translation>&amp;Warnzeichen</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;New check-in</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>Eintrag &amp;speichern</translation>
    </message>
    <message>
        <source>Add a &amp;question for my next appointment…</source>
        <translation>&amp;Frage für meinen nächsten Termin…</translation>
    </message>
    <message>
        <source>&amp;Prepare summary…</source>
        <translation>&amp;Zusammenfassung vorbereiten…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Datensicherungen…</translation>
    </message>
    <message>
        <source>En&amp;cryption…</source>
        <translation>&amp;Verschlüsselung…</translation>
    </message>
    <message>
        <source>Red flag se&amp;ttings…</source>
        <translation>&amp;Warnzeichen-Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <source>Temperature in {unit}</source>
        <translation>Temperatur in {unit}</translation>
    </message>
    <message>
        <source>Weight in {unit}</source>
        <translation>Gewicht in {unit}</translation>
    </message>
    <message>
        <source>Deleted the check-in of {moment} — Undo (Ctrl+Z).</source>
        <translation>Eintrag vom {moment} gelöscht – Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Save it in &amp;my journal</source>
        <translation>In &amp;meinem Tagebuch speichern</translation>
    </message>
    <message>
        <source>Start &amp;my journal with it</source>
        <translation>Damit &amp;mein Tagebuch beginnen</translation>
    </message>
    <message>
        <source>This is the demo</source>
        <translation>Dies ist die Demo</translation>
    </message>
    <message>
        <source>This is the demo journal, with made-up data. Save this check-in in your own journal instead? Check-ins saved in the demo stay in the demo.</source>
        <translation>Dies ist das Demo-Tagebuch mit erfundenen Daten. Diesen Eintrag stattdessen in Ihrem eigenen Tagebuch speichern? Einträge, die in der Demo gespeichert werden, bleiben in der Demo.</translation>
    </message>
    <message>
        <source>This is the demo journal, with made-up data. Start your own journal with this check-in? Check-ins saved in the demo stay in the demo.</source>
        <translation>Dies ist das Demo-Tagebuch mit erfundenen Daten. Ihr eigenes Tagebuch mit diesem Eintrag beginnen? Einträge, die in der Demo gespeichert werden, bleiben in der Demo.</translation>
    </message>
    <message>
        <source>Save it in the &amp;demo</source>
        <translation>In der &amp;Demo speichern</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Weiter schreiben</translation>
    </message>
    <message>
        <source>What you typed is not kept yet: {problem}</source>
        <translation>Was Sie eingegeben haben, ist noch nicht gesichert: {problem}</translation>
    </message>
    <message>
        <source>What you typed cannot be kept</source>
        <translation>Was Sie eingegeben haben, kann nicht behalten werden</translation>
    </message>
    <message>
        <source>The disk is full, so the check-in you are typing could not be kept for next time. Nothing saved before is lost. Keep the window open, free some space, then save it — or close and lose what you typed.</source>
        <translation>Der Datenträger ist voll, deshalb konnte der Eintrag, den Sie gerade schreiben, nicht für das nächste Mal aufbewahrt werden. Nichts bereits Gespeichertes geht verloren. Lassen Sie das Fenster offen, schaffen Sie Platz und speichern Sie dann – oder schließen Sie und verlieren Sie, was Sie eingegeben haben.</translation>
    </message>
    <message>
        <source>Close and &amp;lose what I typed</source>
        <translation>Schließen und Eingabe &amp;verlieren</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>Fenster &amp;offen lassen</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Our metric</source>
        <translation>Unser Messwert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Our metric for {name}</source>
        <translation>Unser Messwert für {name}</translation>
    </message>
    <message>
        <source>A new symptom of my own</source>
        <translation>Ein neues eigenes Symptom</translation>
    </message>
</context>
<context>
    <name>MedicineDialog</name>
    <message>
        <source>Regular, at set times</source>
        <translation>Regelmäßig, zu festen Zeiten</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>Change the medicine</source>
        <translation>Medikament ändern</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>&amp;Medikament</translation>
    </message>
    <message>
        <source>as on the box, like Flucloxacillin</source>
        <translation>wie auf der Packung, z. B. Flucloxacillin</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <source>Dose &amp;unit</source>
        <translation>Dosis-&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>&amp;Gabe</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Wofür</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Times a day</source>
        <translation>Mal am &amp;Tag</translation>
    </message>
    <message>
        <source>Times of da&amp;y</source>
        <translation>&amp;Uhrzeiten</translation>
    </message>
    <message>
        <source>24-hour times, like {example}</source>
        <translation>Uhrzeiten im 24-Stunden-Format, z. B. {example}</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>E&amp;rster Tag</translation>
    </message>
    <message>
        <source>&amp;Planned length</source>
        <translation>Ge&amp;plante Dauer</translation>
    </message>
    <message>
        <source>like 6 weeks; empty if ongoing</source>
        <translation>z. B. 6 Wochen; leer, wenn unbefristet</translation>
    </message>
    <message>
        <source>The last day is known</source>
        <translation>Der letzte Tag steht fest</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
    <message>
        <source>The dose</source>
        <translation>Die Dosis</translation>
    </message>
</context>
<context>
    <name>MedicinesView</name>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>No medicines yet. Add each one you take with Add medicine (Alt+D): the dose, what it is for, and the times of day you take it, or that you take it as needed.</source>
        <translation>Noch keine Medikamente. Fügen Sie jedes, das Sie nehmen, mit „Medikament hinzufügen“ (Alt+Z) hinzu: die Dosis, wofür es ist und zu welchen Uhrzeiten Sie es nehmen – oder dass Sie es bei Bedarf nehmen.</translation>
    </message>
    <message>
        <source>No doses recorded in the last {days} days. Select a medicine above and press Took dose when you take one, or Took today&apos;s doses to record every dose due so far.</source>
        <translation>In den letzten {days} Tagen keine Einnahmen festgehalten. Wählen Sie oben ein Medikament und drücken Sie „Dosis genommen“, wenn Sie eine nehmen, oder „Heutige Dosen genommen“, um alle bisher fälligen Dosen festzuhalten.</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gabe</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Doses taken</source>
        <translation>Genommene Dosen</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>A&amp;dd medicine…</source>
        <translation>Medikament hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Took dose</source>
        <translation>Dosis genommen</translation>
    </message>
    <message>
        <source>Dose or side effects…</source>
        <translation>Dosis oder Nebenwirkungen…</translation>
    </message>
    <message>
        <source>Log a dose</source>
        <translation>Eine Dosis festhalten</translation>
    </message>
    <message>
        <source>Took today&apos;s doses</source>
        <translation>Heutige Dosen genommen</translation>
    </message>
    <message>
        <source>Stop today</source>
        <translation>Heute beenden</translation>
    </message>
    <message>
        <source>Stop the course today</source>
        <translation>Die Einnahme heute beenden</translation>
    </message>
    <message>
        <source>Doses, last {days} days</source>
        <translation>Einnahmen, letzte {days} Tage</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Seit {day}</translation>
    </message>
    <message>
        <source>{adherence} in {days} days</source>
        <translation>{adherence} in {days} Tagen</translation>
    </message>
    <message>
        <source>a medicine</source>
        <translation>ein Medikament</translation>
    </message>
    <message>
        <source>the dose of {medicine} of {moment}</source>
        <translation>Dosis {medicine} vom {moment}</translation>
    </message>
    <message>
        <source>Not recorded: {problem}</source>
        <translation>Nicht festgehalten: {problem}</translation>
    </message>
    <message>
        <source>Recorded a dose of {medicine} at {time}.</source>
        <translation>Eine Dosis {medicine} um {time} festgehalten.</translation>
    </message>
    <message>
        <source>Recorded for {medicine}.</source>
        <translation>Für {medicine} festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n dose(s) for today.</source>
        <translation>
            <numerusform>%n Dosis für heute festgehalten.</numerusform>
            <numerusform>%n Dosen für heute festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s doses due so far were already recorded.</source>
        <translation>Die heute bisher fälligen Dosen waren schon festgehalten.</translation>
    </message>
    <message>
        <source>{medicine} stops today. Press Ctrl+Z to undo.</source>
        <translation>{medicine} endet heute. Mit Strg+Z machen Sie es rückgängig.</translation>
    </message>
</context>
<context>
    <name>MetricField</name>
    <message>
        <source>Not tried</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Hat geholfen</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>Hat nicht geholfen</translation>
    </message>
    <message>
        <source>{label} must be a number, like {example}.</source>
        <translation>{label} muss eine Zahl sein, z. B. {example}.</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Si&amp;ze (mm, longest)</source>
        <translation>&amp;Größe (mm, längste Seite)</translation>
    </message>
    <message>
        <source>&amp;Bumps</source>
        <translation>&amp;Knötchen</translation>
    </message>
    <message>
        <source>&amp;Redness (0–10)</source>
        <translation>&amp;Rötung (0–10)</translation>
    </message>
    <message>
        <source>&amp;Pain (0–10)</source>
        <translation>&amp;Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Pus or &amp;drainage</source>
        <translation>&amp;Eiter oder Absonderung</translation>
    </message>
    <message>
        <source>&amp;Warm to the touch</source>
        <translation>&amp;Warm beim Berühren</translation>
    </message>
    <message>
        <source>S&amp;wollen</source>
        <translation>Geschwo&amp;llen</translation>
    </message>
    <message>
        <source>Dar&amp;k marks after healing</source>
        <translation>&amp;Dunkle Flecken nach dem Abheilen</translation>
    </message>
    <message>
        <source>Observation of {name}</source>
        <translation>Beobachtung von {name}</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>z. B. {example}</translation>
    </message>
    <message>
        <source>&amp;Crusting</source>
        <translation>Kr&amp;usten</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>{name} must be {whole}, like {example}.</source>
        <translation>{name} muss {whole} sein, z. B. {example}.</translation>
    </message>
</context>
<context>
    <name>ObservationList</name>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Add observation…</source>
        <translation>Beobachtung hinzufügen…</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>Beobachtung hinzufügen</translation>
    </message>
    <message>
        <source>Change observation…</source>
        <translation>Beobachtung ändern…</translation>
    </message>
    <message>
        <source>Change observation</source>
        <translation>Beobachtung ändern</translation>
    </message>
    <message>
        <source>Delete observation…</source>
        <translation>Beobachtung löschen…</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Beobachtung löschen</translation>
    </message>
    <message>
        <source>Observation deleted. Press Ctrl+Z to undo.</source>
        <translation>Beobachtung gelöscht. Mit Strg+Z machen Sie es rückgängig.</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Bumps</source>
        <translation>Knötchen</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <source>Pus</source>
        <translation>Eiter</translation>
    </message>
    <message>
        <source>Crusting</source>
        <translation>Krusten</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Swollen</source>
        <translation>Geschwollen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Dark marks</source>
        <translation>Dunkle Flecken</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>PainCharacterPicker</name>
    <message>
        <source>It feels</source>
        <translation>Es fühlt sich an</translation>
    </message>
    <message>
        <source>Pain feels {character}</source>
        <translation>Schmerz fühlt sich {character} an</translation>
    </message>
</context>
<context>
    <name>PainSitePicker</name>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es wehtut</translation>
    </message>
</context>
<context>
    <name>PeriodChoice</name>
    <message>
        <source>Summary period</source>
        <translation>Zeitraum der Zusammenfassung</translation>
    </message>
    <message>
        <source>Since the last appointment ({day})</source>
        <translation>Seit dem letzten Termin ({day})</translation>
    </message>
    <message>
        <source>Since the last appointment (none recorded)</source>
        <translation>Seit dem letzten Termin (keiner festgehalten)</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Die letzten 30 Tage</translation>
    </message>
    <message>
        <source>The last 90 days</source>
        <translation>Die letzten 90 Tage</translation>
    </message>
    <message>
        <source>Dates of my choosing</source>
        <translation>Selbst gewählte Tage</translation>
    </message>
    <message>
        <source>Summary from</source>
        <translation>Zusammenfassung ab</translation>
    </message>
    <message>
        <source>Summary to</source>
        <translation>Zusammenfassung bis</translation>
    </message>
    <message>
        <source>No appointment is recorded yet, so the summary covers the last 30 days. Add your appointments in the Care record to start from the last one.</source>
        <translation>Noch ist kein Termin festgehalten, deshalb umfasst die Zusammenfassung die letzten 30 Tage. Tragen Sie Ihre Termine unter Behandlung ein, damit sie beim letzten beginnt.</translation>
    </message>
</context>
<context>
    <name>PhotoCompare</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht festgehalten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Bumps</source>
        <translation>Knötchen</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Pus or drainage</source>
        <translation>Eiter oder Absonderung</translation>
    </message>
    <message>
        <source>Crusting</source>
        <translation>Krusten</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Swollen</source>
        <translation>Geschwollen</translation>
    </message>
    <message>
        <source>Dark marks</source>
        <translation>Dunkle Flecken</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Compare photos — {name}</source>
        <translation>Fotos vergleichen – {name}</translation>
    </message>
</context>
<context>
    <name>PhotoFilesDialog</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
</context>
<context>
    <name>PhotoGalleryView</name>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Add photos…</source>
        <translation>Fotos hinzufügen…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Compare photos</source>
        <translation>Fotos vergleichen</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>Foto entfernen…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>No photos yet. Use “Add photos…”, or drop picture files here or on a lesion.</source>
        <translation>Noch keine Fotos. Nutzen Sie „Fotos hinzufügen…“ oder ziehen Sie Bilddateien hierher oder auf eine Hautveränderung.</translation>
    </message>
    <message>
        <source>Photo removed. Press Ctrl+Z to undo.</source>
        <translation>Foto entfernt. Mit Strg+Z machen Sie es rückgängig.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preferences pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Datensicherung</translation>
    </message>
    <message>
        <source>Units (this journal)</source>
        <translation>Einheiten (dieses Tagebuch)</translation>
    </message>
    <message>
        <source>Temperature unit</source>
        <translation>Einheit der Temperatur</translation>
    </message>
    <message>
        <source>Weight unit</source>
        <translation>Einheit des Gewichts</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Gewicht</translation>
    </message>
    <message>
        <source>Dates (all journals)</source>
        <translation>Datum (alle Tagebücher)</translation>
    </message>
    <message>
        <source>Write days as</source>
        <translation>Tage schreiben als</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Woche beginnt am</translation>
    </message>
    <message>
        <source>Write &amp;days as</source>
        <translation>Tage sch&amp;reiben als</translation>
    </message>
    <message>
        <source>Week &amp;starts on</source>
        <translation>Woche beginnt a&amp;m</translation>
    </message>
    <message>
        <source>Colours (all journals)</source>
        <translation>Farben (alle Tagebücher)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Kept automatically: every backup of today and yesterday, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months — about a year of history. This thinning is fixed, so that no setting can leave you without an older copy.</source>
        <translation>Automatisch aufbewahrt: jede Sicherung von heute und gestern, dann eine pro Tag für 12 Tage, eine pro Woche für 10 Wochen und eine pro Monat für 9 Monate – etwa ein Jahr Verlauf. Dieses Ausdünnen ist fest eingestellt, damit keine Einstellung Sie ohne ältere Kopie lassen kann.</translation>
    </message>
    <message>
        <source>As the system writes them ({example})</source>
        <translation>Wie das System sie schreibt ({example})</translation>
    </message>
    <message>
        <source>As the system does ({day})</source>
        <translation>Wie das System ({day})</translation>
    </message>
    <message>
        <source>Language (all journals)</source>
        <translation>Sprache (alle Tagebücher)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>SYMPTOM_JOURNAL_THEME is set where the program was started: it decides the colours until it is removed.</source>
        <translation>SYMPTOM_JOURNAL_THEME ist dort gesetzt, wo das Programm gestartet wurde: Es bestimmt die Farben, bis es entfernt wird.</translation>
    </message>
    <message>
        <source>Prepare summary… starts with</source>
        <translation>„Zusammenfassung vorbereiten…“ beginnt mit</translation>
    </message>
    <message>
        <source>Summary section {title}</source>
        <translation>Abschnitt der Zusammenfassung: {title}</translation>
    </message>
    <message>
        <source>Summary paper</source>
        <translation>Papier der Zusammenfassung</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Backups (this journal)</source>
        <translation>Datensicherungen (dieses Tagebuch)</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Aufbewahrt in</translation>
    </message>
    <message>
        <source> They stay beside the journal, so a copy of the folder keeps both.</source>
        <translation> Sie liegen neben dem Tagebuch, sodass eine Kopie des Ordners beides enthält.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Red &amp;flag settings…</source>
        <translation>&amp;Warnzeichen-Einstellungen…</translation>
    </message>
    <message>
        <source>Red flag settings</source>
        <translation>Warnzeichen-Einstellungen</translation>
    </message>
</context>
<context>
    <name>PreferencesFacade</name>
    <message>
        <source>The login entry could not be written: {reason}</source>
        <translation>Der Eintrag für die Anmeldung konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>The login entry could not be removed: {reason}</source>
        <translation>Der Eintrag für die Anmeldung konnte nicht entfernt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>A question for my next appointment</source>
        <translation>Eine Frage für meinen nächsten Termin</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>like: When can I go back to work?</source>
        <translation>z. B.: Wann kann ich wieder arbeiten?</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{label} must be a number, like {example}.</source>
        <translation>{label} muss eine Zahl sein, z. B. {example}.</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>Add {noun}…</source>
        <translation>{noun} hinzufügen…</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>{noun} hinzufügen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change {noun}</source>
        <translation>{noun} ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>{noun} löschen</translation>
    </message>
    <message>
        <source>Added {what}.</source>
        <translation>Hinzugefügt: {what}.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{problem}

What you typed is shown again, to save once there is room.</source>
        <translation>{problem}

Was Sie eingegeben haben, wird wieder angezeigt, um es zu speichern, sobald Platz ist.</translation>
    </message>
    <message>
        <source>Change {what}</source>
        <translation>Ändern: {what}</translation>
    </message>
    <message>
        <source>Changed {what}. Press Ctrl+Z to undo.</source>
        <translation>Geändert: {what}. Mit Strg+Z machen Sie es rückgängig.</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Löschen: {what}</translation>
    </message>
    <message>
        <source>Not deleted: {problem}</source>
        <translation>Nicht gelöscht: {problem}</translation>
    </message>
    <message>
        <source>Deleted {what}. Press Ctrl+Z to undo.</source>
        <translation>Gelöscht: {what}. Mit Strg+Z machen Sie es rückgängig.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetFile</name>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Write a recovery sheet</source>
        <translation>Notfallblatt schreiben</translation>
    </message>
    <message>
        <source>Symptom Journal — recovery sheet</source>
        <translation>Symptom Journal – Notfallblatt</translation>
    </message>
    <message>
        <source>{name} recovery sheet.txt</source>
        <translation>{name} Notfallblatt.txt</translation>
    </message>
    <message>
        <source>The recovery sheet is in {path}. Print it, keep it somewhere safe away from the computer, then delete the file: anyone who gets the computer could read it.</source>
        <translation>Das Notfallblatt liegt in {path}. Drucken Sie es aus, bewahren Sie es sicher und getrennt vom Computer auf und löschen Sie dann die Datei: Wer den Computer in die Hände bekommt, könnte sie lesen.</translation>
    </message>
</context>
<context>
    <name>ReminderBox</name>
    <message>
        <source>This desktop shows no tray icons: reminders appear in the window&apos;s status bar while it is open, and the program cannot wait in the tray.</source>
        <translation>Diese Arbeitsumgebung zeigt keine Symbole im Infobereich: Erinnerungen erscheinen in der Statusleiste des Fensters, solange es offen ist, und das Programm kann nicht im Infobereich warten.</translation>
    </message>
    <message>
        <source>Remind me of each medicine&apos;s &amp;doses</source>
        <translation>An die D&amp;osen jedes Medikaments erinnern</translation>
    </message>
    <message>
        <source>At each medicine&apos;s dose times (Care record → Medicines).</source>
        <translation>Zu den Einnahmezeiten jedes Medikaments (Behandlung → Medikamente).</translation>
    </message>
    <message>
        <source>&amp;Keep reminding from the tray when the window is closed</source>
        <translation>Aus dem &amp;Infobereich weiter erinnern, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <source>Remind me to &amp;check in every day at</source>
        <translation>Täglich an einen Ein&amp;trag erinnern um</translation>
    </message>
    <message>
        <source>Remind me to check in every day</source>
        <translation>Täglich an einen Eintrag erinnern</translation>
    </message>
    <message>
        <source>Check-in reminder time</source>
        <translation>Uhrzeit der Erinnerung an den Eintrag</translation>
    </message>
    <message>
        <source>Check-in reminder time problem</source>
        <translation>Problem mit der Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Start at login problem</source>
        <translation>Problem mit dem Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Starting at login is offered on Linux only.</source>
        <translation>Der Start bei der Anmeldung wird nur unter Linux angeboten.</translation>
    </message>
    <message>
        <source>&amp;Start at login, minimised, to remind</source>
        <translation>Bei der Anmeldung minimiert &amp;starten, um zu erinnern</translation>
    </message>
    <message>
        <source>Start at login, minimised</source>
        <translation>Bei der Anmeldung minimiert starten</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>&amp;Open Symptom Journal</source>
        <translation>Symptom Journal ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>RemovePhoto</name>
    <message>
        <source>Remove the photo of {day}</source>
        <translation>Foto vom {day} entfernen</translation>
    </message>
</context>
<context>
    <name>RetireSymptom</name>
    <message>
        <source>Retire {label}</source>
        <translation>{label} nicht mehr fragen</translation>
    </message>
    <message>
        <source>Bring back {label}</source>
        <translation>{label} wieder fragen</translation>
    </message>
</context>
<context>
    <name>SectionTicks</name>
    <message>
        <source>Summary sections</source>
        <translation>Abschnitte der Zusammenfassung</translation>
    </message>
    <message>
        <source>Page 1, the overview, is always in.</source>
        <translation>Seite 1, die Übersicht, ist immer dabei.</translation>
    </message>
</context>
<context>
    <name>SharingNote</name>
    <message>
        <source>Shared journal warning</source>
        <translation>Warnung: geteiltes Tagebuch</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{menu} menu</source>
        <translation>Menü {menu}</translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <source>In {name}</source>
        <translation>In {name}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was es tut</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>StiffnessDuration</name>
    <message>
        <source>– h</source>
        <translation>– Std.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Stiffness lasted, hours</source>
        <translation>Steifigkeit dauerte, Stunden</translation>
    </message>
    <message>
        <source>– min</source>
        <translation>– Min.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Stiffness lasted, minutes</source>
        <translation>Steifigkeit dauerte, Minuten</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>= {score} of 10</source>
        <translation>= {score} von 10</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Symptom summary {day}.pdf</source>
        <translation>Symptom-Zusammenfassung {day}.pdf</translation>
    </message>
    <message>
        <source>Prepare summary</source>
        <translation>Zusammenfassung vorbereiten</translation>
    </message>
    <message>
        <source>Summary &amp;period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Patient &amp;name</source>
        <translation>&amp;Name der Patientin / des Patienten</translation>
    </message>
    <message>
        <source>Optional: printed on every page</source>
        <translation>Freiwillig: auf jeder Seite gedruckt</translation>
    </message>
    <message>
        <source>Print a &amp;date of birth</source>
        <translation>&amp;Geburtsdatum drucken</translation>
    </message>
    <message>
        <source>Print a date of birth</source>
        <translation>Geburtsdatum drucken</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Geburtsda&amp;tum</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papiergröße</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Vor&amp;schau…</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation>Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
        <source>The summary cannot end before it starts: choose {day} or a later day.</source>
        <translation>Die Zusammenfassung kann nicht vor ihrem Beginn enden: Wählen Sie den {day} oder einen späteren Tag.</translation>
    </message>
    <message>
        <source>Saving the summary…</source>
        <translation>Die Zusammenfassung wird gespeichert…</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Die Zusammenfassung wird vorbereitet…</translation>
    </message>
    <message>
        <source>The summary could not be made: {why}. Nothing was saved.</source>
        <translation>Die Zusammenfassung konnte nicht erstellt werden: {why}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation>Abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Symptom summary</source>
        <translation>Symptom-Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message>
        <source>Sent the summary to the printer.</source>
        <translation>Die Zusammenfassung ist an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Drawing the summary…</source>
        <translation>Die Zusammenfassung wird gezeichnet…</translation>
    </message>
    <message>
        <source>Stopped printing.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message>
        <source>The summary could not be drawn: a fault in the program ({fault}).</source>
        <translation>Die Zusammenfassung konnte nicht gezeichnet werden: ein Fehler im Programm ({fault}).</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be saved in {folder}: {reason}.</source>
        <translation>Die Zusammenfassung konnte nicht in {folder} gespeichert werden: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the summary (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Die Zusammenfassung (%n Seite) ist unter {path} gespeichert.</numerusform>
            <numerusform>Die Zusammenfassung (%n Seiten) ist unter {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the summary to {path}.</source>
        <translation>Die Zusammenfassung ist unter {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>SummaryProgress</name>
    <message>
        <source>Prepare summary</source>
        <translation>Zusammenfassung vorbereiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Drawing page {done} of {total}…</source>
        <translation>Seite {done} von {total} wird gezeichnet…</translation>
    </message>
</context>
<context>
    <name>SummaryWork</name>
    <message>
        <source>a fault in the program ({fault})</source>
        <translation>ein Fehler im Programm ({fault})</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Red flag settings</source>
        <translation>Warnzeichen-Einstellungen</translation>
    </message>
    <message>
        <source>Where each red flag draws its line. The defaults are the usual clinical ones; change them only as your doctor advises. Flags are found again when you save.</source>
        <translation>Wo jedes Warnzeichen seine Grenze zieht. Die Standardwerte sind die klinisch üblichen; ändern Sie sie nur auf Rat Ihrer Ärztin oder Ihres Arztes. Beim Speichern werden die Warnzeichen neu ermittelt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Put the product&apos;s defaults back in every field.</source>
        <translation>Die Standardwerte des Programms in jedes Feld zurücksetzen.</translation>
    </message>
    <message>
        <source>Type a number here, like the default.</source>
        <translation>Geben Sie hier eine Zahl ein, wie beim Standardwert.</translation>
    </message>
    <message>
        <source>Type a whole number, like 14.</source>
        <translation>Geben Sie eine ganze Zahl ein, z. B. 14.</translation>
    </message>
</context>
<context>
    <name>TickGrid</name>
    <message>
        <source>ticked</source>
        <translation>angehakt</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nicht angehakt</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Check-ins</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Change the check-in chosen</source>
        <translation>Den gewählten Eintrag ändern</translation>
    </message>
    <message>
        <source>Delete the check-in chosen</source>
        <translation>Den gewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change check-in</source>
        <translation>Eintrag ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Your check-ins appear here, newest first. Fill in the form and press Save check-in (Ctrl+S); Ctrl+N starts a new one.</source>
        <translation>Ihre Einträge erscheinen hier, die neuesten zuerst. Füllen Sie das Formular aus und drücken Sie „Eintrag speichern“ (Strg+S); Strg+N beginnt einen neuen.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Messwerte</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Point at the chart to read a value; click to open it.</source>
        <translation>Zeigen Sie auf das Diagramm, um einen Wert abzulesen; ein Klick öffnet ihn.</translation>
    </message>
    <message>
        <source>Reading the chart</source>
        <translation>Das Diagramm wird gelesen</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Dates of the chart</source>
        <translation>Daten des Diagramms</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>The chart could not be read from the journal.</source>
        <translation>Das Diagramm konnte nicht aus dem Tagebuch gelesen werden.</translation>
    </message>
    <message>
        <source>That check-in has been deleted.</source>
        <translation>Dieser Eintrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>The chart could not be saved: {reason}</source>
        <translation>Das Diagramm konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Chart saved as {name}.</source>
        <translation>Diagramm als {name} gespeichert.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock journal</source>
        <translation>Tagebuch entsperren</translation>
    </message>
    <message>
        <source>{name} is encrypted. Type its passphrase to open it.</source>
        <translation>{name} ist verschlüsselt. Geben Sie die Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>UnsavedCheckInDialog</name>
    <message>
        <source>Check-in not saved</source>
        <translation>Eintrag nicht gespeichert</translation>
    </message>
    <message>
        <source>You have typed a check-in and not saved it. Save it first, discard what you typed, or go back and keep typing?</source>
        <translation>Sie haben einen Eintrag geschrieben und nicht gespeichert. Zuerst speichern, das Eingegebene verwerfen oder zurückgehen und weiterschreiben?</translation>
    </message>
    <message>
        <source>Save it</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard my typing</source>
        <translation>Eingabe verwerfen</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Weiter schreiben</translation>
    </message>
</context>
<context>
    <name>VisitDialogs</name>
    <message>
        <source>0–10, or leave empty</source>
        <translation>0–10, oder leer lassen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome — Symptom Journal</source>
        <translation>Willkommen – Symptom Journal</translation>
    </message>
    <message>
        <source>Welcome to Symptom Journal</source>
        <translation>Willkommen bei Symptom Journal</translation>
    </message>
    <message>
        <source>A private diary for back pain, fever, morning stiffness, nerve symptoms and skin lesions. Record how you are in under a minute, see how it changes over the weeks, and notice early the signs worth telling your doctor.</source>
        <translation>Ein privates Tagebuch für Rückenschmerzen, Fieber, Morgensteifigkeit, Nervenbeschwerden und Hautveränderungen. Halten Sie in weniger als einer Minute fest, wie es Ihnen geht, sehen Sie, wie es sich über die Wochen verändert, und bemerken Sie früh die Zeichen, von denen Ihre Ärztin oder Ihr Arzt wissen sollte.</translation>
    </message>
    <message>
        <source>It works offline: the program never connects to the internet. Your journal is one file on this computer, readable by you alone:</source>
        <translation>Es arbeitet offline: Das Programm verbindet sich nie mit dem Internet. Ihr Tagebuch ist eine Datei auf diesem Computer, lesbar nur für Sie:</translation>
    </message>
    <message>
        <source>The demo is a made-up journal to look around in. It is kept apart from your own.</source>
        <translation>Die Demo ist ein erfundenes Tagebuch zum Umschauen. Sie bleibt von Ihrem eigenen getrennt.</translation>
    </message>
    <message>
        <source>&amp;Open a journal file…</source>
        <translation>Tagebuch-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Look at the &amp;demo</source>
        <translation>&amp;Demo ansehen</translation>
    </message>
    <message>
        <source>&amp;Start my journal</source>
        <translation>Mein Tagebuch &amp;beginnen</translation>
    </message>
</context>
<context>
    <name>WriteFailures</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{error} That change was not made.</source>
        <translation>{error} Diese Änderung wurde nicht vorgenommen.</translation>
    </message>
</context>
</TS>
