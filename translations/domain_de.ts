<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>at close</source>
        <translation>beim Schließen</translation>
    </message>
    <message>
        <source>before update</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>By mouth</source>
        <translation>Zum Einnehmen</translation>
    </message>
    <message>
        <source>IV (drip)</source>
        <translation>Intravenös (Infusion)</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Spritze</translation>
    </message>
    <message>
        <source>On the skin</source>
        <translation>Auf der Haut</translation>
    </message>
    <message>
        <source>Antibiotic</source>
        <translation>Antibiotikum</translation>
    </message>
    <message>
        <source>Pain relief</source>
        <translation>Schmerzmittel</translation>
    </message>
    <message>
        <source>Anti-inflammatory</source>
        <translation>Gegen Entzündung</translation>
    </message>
    <message>
        <source>DMARD or biologic</source>
        <translation>Basismedikament oder Biologikum</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Conditions: {text}</source>
        <translation>Erkrankungen: {text}</translation>
    </message>
    <message>
        <source>Recent surgery: {text}</source>
        <translation>Kürzliche Operation: {text}</translation>
    </message>
    <message>
        <source>urinary</source>
        <translation>Harnwege</translation>
    </message>
    <message>
        <source>skin</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>dental</source>
        <translation>Zähne</translation>
    </message>
    <message>
        <source>see note</source>
        <translation>siehe Notiz</translation>
    </message>
    <message>
        <source>Recent infections: {names}</source>
        <translation>Kürzliche Infektionen: {names}</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Weak immunity: {text}</source>
        <translation>Geschwächte Abwehr: {text}</translation>
    </message>
    <message>
        <source>Injects drugs</source>
        <translation>Spritzt Drogen</translation>
    </message>
    <message>
        <source>Allergies: {text}</source>
        <translation>Allergien: {text}</translation>
    </message>
    <message>
        <source>Keep this under {count} characters.</source>
        <translation>Bitte schreiben Sie hier weniger als {count} Zeichen.</translation>
    </message>
    <message>
        <source>Inactive disease</source>
        <translation>Inaktive Erkrankung</translation>
    </message>
    <message>
        <source>below 1.3</source>
        <translation>unter 1,3</translation>
    </message>
    <message>
        <source>Low disease activity</source>
        <translation>Niedrige Krankheitsaktivität</translation>
    </message>
    <message>
        <source>1.3 to under 2.1</source>
        <translation>1,3 bis unter 2,1</translation>
    </message>
    <message>
        <source>High disease activity</source>
        <translation>Hohe Krankheitsaktivität</translation>
    </message>
    <message>
        <source>2.1–3.5</source>
        <translation>2,1–3,5</translation>
    </message>
    <message>
        <source>Very high disease activity</source>
        <translation>Sehr hohe Krankheitsaktivität</translation>
    </message>
    <message>
        <source>above 3.5</source>
        <translation>über 3,5</translation>
    </message>
    <message>
        <source>The appointment needs a date and time.</source>
        <translation>Der Termin braucht ein Datum und eine Uhrzeit.</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>Schreiben Sie zuerst die Frage.</translation>
    </message>
    <message>
        <source>Keep a question under {count} characters.</source>
        <translation>Eine Frage sollte weniger als {count} Zeichen haben.</translation>
    </message>
    <message>
        <source>None taken</source>
        <translation>Keine genommen</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) taken</source>
        <translation>
            <numerusform>%n Dosis genommen</numerusform>
            <numerusform>%n Dosen genommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n doses ({percent}%)</source>
        <translation>
            <numerusform>{taken} von %n Dosis ({percent} %)</numerusform>
            <numerusform>{taken} von %n Dosen ({percent} %)</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts on {day}</source>
        <translation>Beginnt am {day}</translation>
    </message>
    <message>
        <source>Ended {day}</source>
        <translation>Beendet am {day}</translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>Heute letzter Tag</translation>
    </message>
    <message numerus="yes">
        <source>Course ends in %n day(s)</source>
        <translation>
            <numerusform>Behandlung endet in %n Tag</numerusform>
            <numerusform>Behandlung endet in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fatigue or tiredness</source>
        <translation>Erschöpfung oder Müdigkeit</translation>
    </message>
    <message>
        <source>Neck, back or hip pain</source>
        <translation>Schmerzen in Nacken, Rücken oder Hüfte</translation>
    </message>
    <message>
        <source>Pain or swelling in other joints</source>
        <translation>Schmerzen oder Schwellungen in anderen Gelenken</translation>
    </message>
    <message>
        <source>Areas tender to touch or pressure</source>
        <translation>Stellen, die bei Berührung oder Druck schmerzen</translation>
    </message>
    <message>
        <source>Morning stiffness: how bad</source>
        <translation>Morgensteifigkeit: wie stark</translation>
    </message>
    <message>
        <source>Morning stiffness: how long (0 = none, 10 = 2 hours or more)</source>
        <translation>Morgensteifigkeit: wie lange (0 = keine, 10 = 2 Stunden oder mehr)</translation>
    </message>
    <message>
        <source>How active was your condition, on average, this week</source>
        <translation>Wie aktiv war Ihre Erkrankung in dieser Woche im Durchschnitt</translation>
    </message>
    <message>
        <source>2 hours or more</source>
        <translation>2 Stunden oder mehr</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>BASDAI {score} of 10 — 4 or more, the usual mark of active disease</source>
        <translation>BASDAI {score} von 10 — 4 oder mehr, die übliche Grenze für eine aktive Erkrankung</translation>
    </message>
    <message>
        <source>BASDAI {score} of 10 — below 4, the usual mark of active disease</source>
        <translation>BASDAI {score} von 10 — unter 4, der üblichen Grenze für eine aktive Erkrankung</translation>
    </message>
    <message>
        <source>Not answered yet: 0 (none) to 10.</source>
        <translation>Noch nicht beantwortet: 0 (gar nicht) bis 10.</translation>
    </message>
    <message>
        <source>Not answered yet: 0 h 0 min if none.</source>
        <translation>Noch nicht beantwortet: 0 Std. 0 Min., wenn gar nicht.</translation>
    </message>
    <message>
        <source>Question {number} is not answered yet.</source>
        <translation>Frage {number} ist noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>Questions {numbers} and {last} are not answered yet.</source>
        <translation>Die Fragen {numbers} und {last} sind noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>{question}: a number from 0 (none) to 10.</source>
        <translation>{question}: eine Zahl von 0 (gar nicht) bis 10.</translation>
    </message>
    <message>
        <source>Give the name of the test, like CRP.</source>
        <translation>Geben Sie den Namen des Laborwerts an, zum Beispiel CRP.</translation>
    </message>
    <message>
        <source>Write the result: negative, or positive with the organism.</source>
        <translation>Schreiben Sie das Ergebnis: negativ, oder positiv mit dem Erreger.</translation>
    </message>
    <message>
        <source>Give the result, as a number.</source>
        <translation>Geben Sie das Ergebnis als Zahl an.</translation>
    </message>
    <message>
        <source>Give the result as an ordinary number, like 12.5.</source>
        <translation>Geben Sie das Ergebnis als gewöhnliche Zahl an, zum Beispiel 12,5.</translation>
    </message>
    <message>
        <source>A lab value cannot be below 0.</source>
        <translation>Ein Laborwert kann nicht unter 0 liegen.</translation>
    </message>
    <message>
        <source>{test} is between 0 and {maximum} {unit}; check the number on the report.</source>
        <translation>{test} liegt zwischen 0 und {maximum} {unit}; prüfen Sie bitte die Zahl auf dem Befund.</translation>
    </message>
    <message>
        <source>Give the unit from the report, like g/L.</source>
        <translation>Geben Sie die Einheit vom Befund an, zum Beispiel g/L.</translation>
    </message>
    <message>
        <source>Give the range as ordinary numbers, like 5.</source>
        <translation>Geben Sie den Bereich als gewöhnliche Zahlen an, zum Beispiel 5.</translation>
    </message>
    <message>
        <source>A normal range cannot go below 0.</source>
        <translation>Ein Normalbereich kann nicht unter 0 reichen.</translation>
    </message>
    <message>
        <source>The top of the normal range must be above its bottom.</source>
        <translation>Die Obergrenze des Normalbereichs muss über seiner Untergrenze liegen.</translation>
    </message>
    <message>
        <source>Say what was done: MRI, X-ray, CT…</source>
        <translation>Geben Sie an, was gemacht wurde: MRT, Röntgen, CT …</translation>
    </message>
    <message>
        <source>Give the medicine&apos;s name, as on the box or the drip.</source>
        <translation>Geben Sie den Namen des Medikaments an, wie er auf der Packung oder der Infusion steht.</translation>
    </message>
    <message>
        <source>The dose must be more than 0, like 500 (mg).</source>
        <translation>Die Dosis muss größer als 0 sein, zum Beispiel 500 (mg).</translation>
    </message>
    <message>
        <source>Give the unit of the dose, like mg, g or ml.</source>
        <translation>Geben Sie die Einheit der Dosis an, zum Beispiel mg, g oder ml.</translation>
    </message>
    <message>
        <source>Times a day is a whole number from 1 to {most}. For a medicine taken only when needed, choose “As needed” as the schedule.</source>
        <translation>„Mal am Tag“ ist eine ganze Zahl von 1 bis {most}. Für ein Medikament, das Sie nur bei Bedarf nehmen, wählen Sie „Bei Bedarf“ als Plan.</translation>
    </message>
    <message>
        <source>Write the length like “6 weeks”, “10 days” or “3 months”.</source>
        <translation>Schreiben Sie die Dauer wie „6 Wochen“, „10 Tage“ oder „3 Monate“.</translation>
    </message>
    <message>
        <source>The last day must be on or after the first day.</source>
        <translation>Der letzte Tag muss am oder nach dem ersten Tag liegen.</translation>
    </message>
    <message>
        <source>A medicine taken as needed has no set times.</source>
        <translation>Ein Medikament bei Bedarf hat keine festen Uhrzeiten.</translation>
    </message>
    <message>
        <source>{time} is there twice: give each time once.</source>
        <translation>{time} steht zweimal da: Geben Sie jede Uhrzeit nur einmal an.</translation>
    </message>
    <message>
        <source>Times a day is 1: give one time ({given} given here).</source>
        <translation>„Mal am Tag“ ist 1: Geben Sie eine Uhrzeit an (hier sind es {given}).</translation>
    </message>
    <message>
        <source>Times a day is {count}: give {count} times, one for each dose ({given} given here).</source>
        <translation>„Mal am Tag“ ist {count}: Geben Sie {count} Uhrzeiten an, eine für jede Dosis (hier sind es {given}).</translation>
    </message>
    <message>
        <source>Choose what this medicine is for. An antibiotic course is watched for pain coming back after it ends.</source>
        <translation>Wählen Sie, wofür dieses Medikament ist. Nach dem Ende einer Antibiotika-Behandlung wird darauf geachtet, ob die Schmerzen wiederkommen.</translation>
    </message>
    <message>
        <source>Give the times of day, like {example}.</source>
        <translation>Geben Sie die Uhrzeiten an, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>“{word}” is not a time of day: write 24-hour times from 00:00 to 23:59, like {example}.</source>
        <translation>„{word}“ ist keine Uhrzeit: Schreiben Sie Uhrzeiten im 24-Stunden-Format von 00:00 bis 23:59, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Einmal am Tag</translation>
    </message>
    <message>
        <source>{count} times a day</source>
        <translation>{count}-mal am Tag</translation>
    </message>
    <message>
        <source>The dose time is in the future. Use the time it is now.</source>
        <translation>Die Uhrzeit der Dosis liegt in der Zukunft. Nehmen Sie die jetzige Uhrzeit.</translation>
    </message>
    <message>
        <source>This medicine only starts on {day}.</source>
        <translation>Dieses Medikament beginnt erst am {day}.</translation>
    </message>
    <message>
        <source>This course ended on {day}. If you still take it, change the medicine&apos;s last day first.</source>
        <translation>Diese Behandlung endete am {day}. Wenn Sie es noch nehmen, ändern Sie zuerst den letzten Tag des Medikaments.</translation>
    </message>
    <message>
        <source>This medicine has a schedule: record it as taken.</source>
        <translation>Dieses Medikament hat einen festen Plan: Tragen Sie es als genommen ein.</translation>
    </message>
    <message>
        <source>A dose is logged on {day}: the first day cannot be after it.</source>
        <translation>Am {day} ist eine Dosis eingetragen: Der erste Tag kann nicht danach liegen.</translation>
    </message>
    <message>
        <source>A dose is logged on {day}: the last day cannot be before it. Delete that dose first if it was not taken.</source>
        <translation>Am {day} ist eine Dosis eingetragen: Der letzte Tag kann nicht davor liegen. Löschen Sie zuerst diese Dosis, wenn sie nicht genommen wurde.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Symptom trends</source>
        <translation>Verlauf der Beschwerden</translation>
    </message>
    <message>
        <source>Patient-recorded; not a diagnosis.</source>
        <translation>Von der Patientin oder dem Patienten eingetragen; keine Diagnose.</translation>
    </message>
    <message>
        <source>Each point of a long period is a week&apos;s mean (the highest, for temperature and worst pain); a day over a dashed threshold line is drawn as it was.</source>
        <translation>Jeder Punkt eines langen Zeitraums ist der Mittelwert einer Woche (bei Temperatur und stärkstem Schmerz der Höchstwert); ein Tag über einer gestrichelten Grenzlinie ist so gezeichnet, wie er war.</translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n day(s))</source>
        <translation>
            <numerusform>{first} bis {last} (%n Tag)</numerusform>
            <numerusform>{first} bis {last} (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} in {unit}</source>
        <translation>{name} in {unit}</translation>
    </message>
    <message>
        <source>{names} on a scale of 0 (none) to 10 (worst)</source>
        <translation>{names} auf einer Skala von 0 (keine) bis 10 (am schlimmsten)</translation>
    </message>
    <message>
        <source>Units: counts and yes/no answers</source>
        <translation>Einheiten: Anzahlen und Ja/Nein-Antworten</translation>
    </message>
    <message>
        <source>Units: {units}</source>
        <translation>Einheiten: {units}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>Red-flag marks (▼ above the panels, on the day a flag was raised)</source>
        <translation>Warnzeichen (▼ über den Diagrammen, am Tag des Warnzeichens)</translation>
    </message>
    <message>
        <source>Red flags: none raised in this period.</source>
        <translation>Warnzeichen: keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>{label} (dashed line)</source>
        <translation>{label} (gestrichelte Linie)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Lesion: {name}</source>
        <translation>Hautveränderung: {name}</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{name}: size</source>
        <translation>{name}: Größe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>{name}: bumps</source>
        <translation>{name}: Knoten</translation>
    </message>
    <message>
        <source>Bumps</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Choose what to show under Metrics.</source>
        <translation>Wählen Sie unter „Messwerte“, was gezeigt werden soll.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>Nichts eingetragen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source> (mean)</source>
        <translation> (Mittel)</translation>
    </message>
    <message>
        <source> (highest)</source>
        <translation> (höchster)</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Mon</source>
        <translation>Mo.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Type a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {least} characters; this one has {count}.</source>
        <translation>Eine Passphrase braucht mindestens {least} Zeichen; diese hat {count}.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; type them again.</source>
        <translation>Die beiden Passphrasen sind nicht gleich; geben Sie sie bitte noch einmal ein.</translation>
    </message>
    <message>
        <source>Symptom Journal — recovery sheet</source>
        <translation>Symptom-Tagebuch — Notfallblatt</translation>
    </message>
    <message>
        <source>Journal: {name}</source>
        <translation>Tagebuch: {name}</translation>
    </message>
    <message>
        <source>Written on: {day}</source>
        <translation>Geschrieben am: {day}</translation>
    </message>
    <message>
        <source>Passphrase (exactly as typed, capitals and spaces included):</source>
        <translation>Passphrase (genau wie eingegeben, mit Groß- und Kleinschreibung und Leerzeichen):</translation>
    </message>
    <message>
        <source>Nobody can recover this passphrase for you: without it the journal, its photos and its backups cannot be read by anyone, you included.</source>
        <translation>Niemand kann diese Passphrase für Sie wiederherstellen: Ohne sie kann niemand das Tagebuch, seine Fotos und seine Sicherungen lesen, auch Sie nicht.</translation>
    </message>
    <message>
        <source>Print this sheet and keep it somewhere safe, away from the computer (with your important papers). Then delete this file: a copy left on the computer can be read by anyone who gets the computer.</source>
        <translation>Drucken Sie dieses Blatt aus und bewahren Sie es an einem sicheren Ort auf, nicht beim Computer (bei Ihren wichtigen Unterlagen). Löschen Sie danach diese Datei: Eine Kopie auf dem Computer kann jeder lesen, der an den Computer kommt.</translation>
    </message>
    <message>
        <source>If you change the passphrase, write a new sheet and destroy this one.</source>
        <translation>Wenn Sie die Passphrase ändern, schreiben Sie ein neues Blatt und vernichten Sie dieses.</translation>
    </message>
    <message>
        <source>it is not a sealed file</source>
        <translation>es ist keine verschlüsselte Datei</translation>
    </message>
    <message>
        <source>it was sealed under another key</source>
        <translation>sie wurde mit einem anderen Schlüssel verschlüsselt</translation>
    </message>
    <message>
        <source>it was changed after it was sealed</source>
        <translation>sie wurde nach dem Verschlüsseln verändert</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message numerus="yes">
        <source>%n own symptom(s)</source>
        <translation>
            <numerusform>%n eigene Beschwerde</numerusform>
            <numerusform>%n eigene Beschwerden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s)</source>
        <translation>
            <numerusform>%n Medikament</numerusform>
            <numerusform>%n Medikamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n Dosis</numerusform>
            <numerusform>%n Dosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lab result(s)</source>
        <translation>
            <numerusform>%n Laborwert</numerusform>
            <numerusform>%n Laborwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n BASDAI questionnaire(s)</source>
        <translation>
            <numerusform>%n BASDAI-Fragebogen</numerusform>
            <numerusform>%n BASDAI-Fragebögen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s)</source>
        <translation>
            <numerusform>%n Hautveränderung</numerusform>
            <numerusform>%n Hautveränderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesion observation(s)</source>
        <translation>
            <numerusform>%n Beobachtung einer Hautveränderung</numerusform>
            <numerusform>%n Beobachtungen von Hautveränderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imaging report(s)</source>
        <translation>
            <numerusform>%n Bildgebungsbefund</numerusform>
            <numerusform>%n Bildgebungsbefunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged flag(s)</source>
        <translation>
            <numerusform>%n gesehenes Warnzeichen</numerusform>
            <numerusform>%n gesehene Warnzeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>1 imaging study</source>
        <translation>1 Bildgebung</translation>
    </message>
    <message numerus="yes">
        <source>%n imaging studies</source>
        <translation>
            <numerusform>%n Bildgebung</numerusform>
            <numerusform>%n Bildgebungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Will add: {what}.</source>
        <translation>Wird hinzugefügt: {what}.</translation>
    </message>
    <message>
        <source>Check-ins from {first} to {last}.</source>
        <translation>Einträge vom {first} bis {last}.</translation>
    </message>
    <message numerus="yes">
        <source>Will add %n check-in(s).</source>
        <translation>
            <numerusform>Fügt %n Eintrag hinzu.</numerusform>
            <numerusform>Fügt %n Einträge hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>New symptoms of your own: {names}.</source>
        <translation>Neue eigene Beschwerden: {names}.</translation>
    </message>
    <message>
        <source>Left out: {count}.</source>
        <translation>Weggelassen: {count}.</translation>
    </message>
    <message>
        <source>  line {line}: {reason}</source>
        <translation>  Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>Will add: {what}, from {span}.</source>
        <translation>Wird hinzugefügt: {what}, aus {span}.</translation>
    </message>
    <message>
        <source>It holds no check-in that this journal lacks.</source>
        <translation>Sie enthält keinen Eintrag, der diesem Tagebuch fehlt.</translation>
    </message>
    <message>
        <source>With your own symptoms: {names}.</source>
        <translation>Mit Ihren eigenen Beschwerden: {names}.</translation>
    </message>
    <message>
        <source>Not added: {what} at the same time as one here but different; this journal keeps its own.</source>
        <translation>Nicht hinzugefügt: {what} zur selben Zeit wie ein Eintrag hier, aber mit anderem Inhalt; dieses Tagebuch behält seine eigenen.</translation>
    </message>
    <message>
        <source>It also holds more {what} than this journal; they are not added. Open the copy on its own to see them.</source>
        <translation>Sie enthält außerdem mehr ({what}) als dieses Tagebuch; diese werden nicht hinzugefügt. Öffnen Sie die Kopie für sich, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Archive (everything, to move or keep the journal)</source>
        <translation>Archiv (alles, um das Tagebuch umzuziehen oder aufzubewahren)</translation>
    </message>
    <message>
        <source>CSV files for a spreadsheet (everything)</source>
        <translation>CSV-Dateien für eine Tabellenkalkulation (alles)</translation>
    </message>
    <message>
        <source>HL7 FHIR for health records (observations)</source>
        <translation>HL7 FHIR für Gesundheitsakten (Beobachtungen)</translation>
    </message>
    <message>
        <source>Archive of this program</source>
        <translation>Archiv dieses Programms</translation>
    </message>
    <message>
        <source>CSV export of this program</source>
        <translation>CSV-Export dieses Programms</translation>
    </message>
    <message>
        <source>Track &amp; Graph (CSV)</source>
        <translation>Track &amp; Graph (CSV)</translation>
    </message>
    <message>
        <source>Flaredown (CSV)</source>
        <translation>Flaredown (CSV)</translation>
    </message>
    <message>
        <source>Bearable (CSV)</source>
        <translation>Bearable (CSV)</translation>
    </message>
    <message>
        <source>Another copy of this journal (a conflicted copy)</source>
        <translation>Eine andere Kopie dieses Tagebuchs (eine Konfliktkopie)</translation>
    </message>
    <message>
        <source>a Bearable export</source>
        <translation>ein Bearable-Export</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 8th Dec 2021.</source>
        <translation>„{text}“ ist kein Datum wie 8th Dec 2021.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day like am, pm or 09:30.</source>
        <translation>„{text}“ ist keine Tageszeit wie am, pm oder 09:30.</translation>
    </message>
    <message>
        <source>a symptom is rated 0 to 4; found “{amount}”.</source>
        <translation>eine Beschwerde wird von 0 bis 4 bewertet; gefunden: „{amount}“.</translation>
    </message>
    <message>
        <source>the symptom&apos;s name is missing.</source>
        <translation>der Name der Beschwerde fehlt.</translation>
    </message>
    <message numerus="yes">
        <source>%n “{category}” line(s) left out: not a symptom or a measurement.</source>
        <translation>
            <numerusform>%n Zeile „{category}“ weggelassen: keine Beschwerde und kein Messwert.</numerusform>
            <numerusform>%n Zeilen „{category}“ weggelassen: keine Beschwerde und kein Messwert.</numerusform>
        </translation>
    </message>
    <message>
        <source>the measurement&apos;s name is missing.</source>
        <translation>der Name des Messwerts fehlt.</translation>
    </message>
    <message>
        <source>“{amount}” is not a number.</source>
        <translation>„{amount}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>0–4 scaled to 0–10</source>
        <translation>0–4 auf 0–10 umgerechnet</translation>
    </message>
    <message>
        <source>a severity above 0 counted as yes</source>
        <translation>eine Stärke über 0 als Ja gezählt</translation>
    </message>
    <message>
        <source>durations read as minutes</source>
        <translation>Zeitdauern als Minuten gelesen</translation>
    </message>
    <message>
        <source>pounds converted to kilograms</source>
        <translation>Pfund in Kilogramm umgerechnet</translation>
    </message>
    <message>
        <source>°F converted to °C</source>
        <translation>°F in °C umgerechnet</translation>
    </message>
    <message>
        <source>“{name}” ({kind}) cannot be recorded as {metric}; map it to another metric or to a symptom of your own.</source>
        <translation>„{name}“ ({kind}) kann nicht als {metric} eingetragen werden; ordnen Sie es einem anderen Wert oder einer eigenen Beschwerde zu.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (was it saved in another encoding?); save it as “CSV UTF-8” and try again.</source>
        <translation>die Datei ist kein UTF-8-Text (wurde sie in einer anderen Kodierung gespeichert?); speichern Sie sie als „CSV UTF-8“ und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>expected {wanted} values, found {found}.</source>
        <translation>{wanted} Werte erwartet, {found} gefunden.</translation>
    </message>
    <message>
        <source>this is not {what}: its first line should be {line}.</source>
        <translation>das ist nicht {what}: Die erste Zeile sollte {line} sein.</translation>
    </message>
    <message>
        <source>this line cannot be read as CSV ({problem}).</source>
        <translation>diese Zeile kann nicht als CSV gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>The file is empty; it should be {what}.</source>
        <translation>Die Datei ist leer; sie sollte {what} sein.</translation>
    </message>
    <message>
        <source>This is not a text file; it should be {what} (a CSV file).</source>
        <translation>Das ist keine Textdatei; sie sollte {what} sein (eine CSV-Datei).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text</source>
        <translation>{name} ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>{name} has no header</source>
        <translation>{name} hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>{name} has {cells} cells here and {header} in its header</source>
        <translation>{name} hat hier {cells} Zellen und {header} in der Kopfzeile</translation>
    </message>
    <message>
        <source>there is no {name} in this zip: not our CSV export</source>
        <translation>in dieser ZIP-Datei gibt es kein {name}: kein CSV-Export dieses Programms</translation>
    </message>
    <message>
        <source>{name} is too large to be part of a journal</source>
        <translation>{name} ist zu groß, um Teil eines Tagebuchs zu sein</translation>
    </message>
    <message>
        <source>{name} does not name the format {format}</source>
        <translation>{name} nennt nicht das Format {format}</translation>
    </message>
    <message>
        <source>this export is version {version}; this program reads version {known}. Update the program to import it.</source>
        <translation>dieser Export hat die Version {version}; dieses Programm liest Version {known}. Aktualisieren Sie das Programm, um ihn zu importieren.</translation>
    </message>
    <message>
        <source>{name}: the value is not readable</source>
        <translation>{name}: der Wert ist nicht lesbar</translation>
    </message>
    <message>
        <source>a new symptom of your own</source>
        <translation>eine neue eigene Beschwerde</translation>
    </message>
    <message>
        <source>two in one check-in: the higher kept</source>
        <translation>zwei in einem Eintrag: der höhere behalten</translation>
    </message>
    <message>
        <source>too many symptoms called “{label}”.</source>
        <translation>zu viele Beschwerden namens „{label}“.</translation>
    </message>
    <message>
        <source>“{name}” mixes {kind} and other values.</source>
        <translation>„{name}“ mischt {kind} mit anderen Werten.</translation>
    </message>
    <message>
        <source>“{ours}” (for “{theirs}”) is not a metric of this journal.</source>
        <translation>„{ours}“ (für „{theirs}“) ist kein Wert dieses Tagebuchs.</translation>
    </message>
    <message>
        <source>“{name}” left out, as asked.</source>
        <translation>„{name}“ wie gewünscht weggelassen.</translation>
    </message>
    <message>
        <source>“{name}” is in the mapping but not in the file.</source>
        <translation>„{name}“ steht in der Zuordnung, aber nicht in der Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) dated in the future left out.</source>
        <translation>
            <numerusform>%n Eintrag mit einem Datum in der Zukunft weggelassen.</numerusform>
            <numerusform>%n Einträge mit einem Datum in der Zukunft weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the field {name} is missing</source>
        <translation>das Feld {name} fehlt</translation>
    </message>
    <message>
        <source>{name} should be text, not {value}</source>
        <translation>{name} sollte Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} should be a number, not {value}</source>
        <translation>{name} sollte eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} should be a finite number, not {value}</source>
        <translation>{name} sollte eine endliche Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <source>{name} should be a whole number, not {number}</source>
        <translation>{name} sollte eine ganze Zahl sein, nicht {number}</translation>
    </message>
    <message>
        <source>{name} should be 1 or 0, not {value}</source>
        <translation>{name} sollte 1 oder 0 sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} should be a day like 2024-05-01, not {value}</source>
        <translation>{name} sollte ein Tag wie 2024-05-01 sein, nicht {value}</translation>
    </message>
    <message>
        <source>local_time should be like 2024-05-01T08:30:00, not {local}</source>
        <translation>local_time sollte wie 2024-05-01T08:30:00 sein, nicht {local}</translation>
    </message>
    <message>
        <source>local_time is written without its offset, not {local}</source>
        <translation>local_time wird ohne Zeitverschiebung geschrieben, nicht {local}</translation>
    </message>
    <message>
        <source>utc_offset_minutes {offset} is not an offset</source>
        <translation>utc_offset_minutes {offset} ist keine Zeitverschiebung</translation>
    </message>
    <message>
        <source>{name} should be a table of names to values</source>
        <translation>{name} sollte eine Tabelle von Namen zu Werten sein</translation>
    </message>
    <message>
        <source>{name} should be a list of text</source>
        <translation>{name} sollte eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>{name} {value} is not one of {known}</source>
        <translation>{name} {value} ist nicht eines von {known}</translation>
    </message>
    <message>
        <source>a Track &amp; Graph export</source>
        <translation>ein Track-&amp;-Graph-Export</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time like 2022-09-14T21:30:41+01:00.</source>
        <translation>„{text}“ ist kein Datum mit Uhrzeit wie 2022-09-14T21:30:41+01:00.</translation>
    </message>
    <message>
        <source>“{text}” is not a number or a duration like 1:30:00.</source>
        <translation>„{text}“ ist keine Zahl und keine Dauer wie 1:30:00.</translation>
    </message>
    <message>
        <source>the feature&apos;s name is missing.</source>
        <translation>der Name des Merkmals fehlt.</translation>
    </message>
    <message>
        <source>{table}, record {number}: {reason}</source>
        <translation>{table}, Datensatz {number}: {reason}</translation>
    </message>
    <message>
        <source>it refers to {record}, which is not in the file</source>
        <translation>er verweist auf {record}, das nicht in der Datei ist</translation>
    </message>
    <message>
        <source>{name} is neither a metric of the program nor an own symptom</source>
        <translation>{name} ist weder ein Wert des Programms noch eine eigene Beschwerde</translation>
    </message>
    <message>
        <source>dose_times should be like 08:00, not {text}</source>
        <translation>dose_times sollte wie 08:00 sein, nicht {text}</translation>
    </message>
    <message>
        <source>sha256 {sha256} is not a SHA-256 hash</source>
        <translation>sha256 {sha256} ist kein SHA-256-Hash</translation>
    </message>
    <message>
        <source>extension should be jpg or png, not {extension}</source>
        <translation>extension sollte jpg oder png sein, nicht {extension}</translation>
    </message>
    <message>
        <source>a Flaredown export</source>
        <translation>ein Flaredown-Export</translation>
    </message>
    <message>
        <source>this is not {what}: its first line should start with Date and hold Tags and Foods columns.</source>
        <translation>das ist nicht {what}: Die erste Zeile sollte mit Date beginnen und die Spalten Tags und Foods enthalten.</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2021-03-01.</source>
        <translation>„{text}“ ist kein Datum wie 2021-03-01.</translation>
    </message>
    <message>
        <source>“{name}”: a treatment, not made a medicine: written into each day&apos;s note.</source>
        <translation>„{name}“: eine Behandlung, nicht als Medikament übernommen: in die Notiz jedes Tages geschrieben.</translation>
    </message>
    <message>
        <source>“{name}”: weather and other columns are not kept in this journal.</source>
        <translation>„{name}“: Wetter und andere Spalten werden in diesem Tagebuch nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>{day} is not a plausible date.</source>
        <translation>{day} ist kein plausibles Datum.</translation>
    </message>
    <message>
        <source>this is not a zip file, so not an export of this program</source>
        <translation>das ist keine ZIP-Datei, also kein Export dieses Programms</translation>
    </message>
    <message>
        <source>the photo {name} is missing from the file</source>
        <translation>das Foto {name} fehlt in der Datei</translation>
    </message>
    <message>
        <source>the photo {name} is damaged: its content does not match</source>
        <translation>das Foto {name} ist beschädigt: sein Inhalt stimmt nicht überein</translation>
    </message>
    <message>
        <source>there is no {name} in this zip: it is not our archive</source>
        <translation>in dieser ZIP-Datei gibt es kein {name}: es ist kein Archiv dieses Programms</translation>
    </message>
    <message>
        <source>{name} is too large to be a journal</source>
        <translation>{name} ist zu groß, um ein Tagebuch zu sein</translation>
    </message>
    <message>
        <source>{name} is not readable JSON</source>
        <translation>{name} ist kein lesbares JSON</translation>
    </message>
    <message>
        <source>{name} is not a Symptom Journal archive</source>
        <translation>{name} ist kein Archiv des Symptom-Tagebuchs</translation>
    </message>
    <message>
        <source>this archive is version {version}; this program reads version {known}. Update the program to import it.</source>
        <translation>dieses Archiv hat die Version {version}; dieses Programm liest Version {known}. Aktualisieren Sie das Programm, um es zu importieren.</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Get medical help now</source>
        <translation>Holen Sie sich jetzt ärztliche Hilfe</translation>
    </message>
    <message>
        <source>Worth telling your doctor soon</source>
        <translation>Sollten Sie bald Ihrer Ärztin oder Ihrem Arzt sagen</translation>
    </message>
    <message>
        <source>Worth telling your doctor at your next appointment</source>
        <translation>Sollten Sie beim nächsten Termin Ihrer Ärztin oder Ihrem Arzt sagen</translation>
    </message>
    <message>
        <source>{label}: call your doctor&apos;s urgent line or an emergency service. This is worth telling your doctor straight away.</source>
        <translation>{label}: Rufen Sie die Notfallnummer Ihrer Praxis oder den Notruf an. Das sollten Sie sofort Ihrer Ärztin oder Ihrem Arzt sagen.</translation>
    </message>
    <message>
        <source>This is worth telling your doctor soon, within a day or two.</source>
        <translation>Das sollten Sie bald Ihrer Ärztin oder Ihrem Arzt sagen, innerhalb von ein bis zwei Tagen.</translation>
    </message>
    <message>
        <source>This is worth telling your doctor at your next appointment.</source>
        <translation>Das sollten Sie beim nächsten Termin Ihrer Ärztin oder Ihrem Arzt sagen.</translation>
    </message>
    <message>
        <source>Fever with back pain</source>
        <translation>Fieber mit Rückenschmerzen</translation>
    </message>
    <message>
        <source>Night sweats</source>
        <translation>Nachtschweiß</translation>
    </message>
    <message>
        <source>Weight loss</source>
        <translation>Gewichtsverlust</translation>
    </message>
    <message>
        <source>Nerve symptoms</source>
        <translation>Nervenbeschwerden</translation>
    </message>
    <message>
        <source>Change in bladder or bowel control</source>
        <translation>Veränderte Kontrolle über Blase oder Darm</translation>
    </message>
    <message>
        <source>Weakness or difficulty walking with fever or worsening pain</source>
        <translation>Schwäche oder Probleme beim Gehen mit Fieber oder zunehmenden Schmerzen</translation>
    </message>
    <message>
        <source>Pain that does not ease</source>
        <translation>Schmerzen, die nicht nachlassen</translation>
    </message>
    <message>
        <source>Rapidly worsening pain</source>
        <translation>Schnell zunehmende Schmerzen</translation>
    </message>
    <message>
        <source>Long morning stiffness, most days</source>
        <translation>Lange Morgensteifigkeit an den meisten Tagen</translation>
    </message>
    <message>
        <source>A skin lesion growing</source>
        <translation>Eine Hautveränderung wird größer</translation>
    </message>
    <message>
        <source>A skin lesion with fever</source>
        <translation>Eine Hautveränderung mit Fieber</translation>
    </message>
    <message>
        <source>Coming back after antibiotics</source>
        <translation>Beschwerden kommen nach Antibiotika zurück</translation>
    </message>
    <message>
        <source>{day}: {label} {value}</source>
        <translation>{day}: {label} {value}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>{body} {advice}</source>
        <translation>{body} {advice}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>am {day}</translation>
    </message>
    <message numerus="yes">
        <source>on %n days, from {first} to {last}</source>
        <translation>
            <numerusform>an %n Tag, vom {first} bis {last}</numerusform>
            <numerusform>an %n Tagen, vom {first} bis {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>between {first} and {last}</source>
        <translation>zwischen {first} und {last}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>a fever {span}</source>
        <translation>Fieber ({span})</translation>
    </message>
    <message>
        <source>pain rising again (3-day mean {high} out of 10, up from its lowest of {low} after the course)</source>
        <translation>wieder steigende Schmerzen (3-Tage-Mittel {high} von 10, gestiegen vom niedrigsten Wert {low} nach der Behandlung)</translation>
    </message>
    <message>
        <source>Your antibiotics ({names}) ended on {day}, and since then you recorded {what}. Pain creeping back or fever returning after treatment can mean the infection was not fully cleared.</source>
        <translation>Ihre Antibiotika ({names}) endeten am {day}, und seitdem haben Sie eingetragen: {what}. Schmerzen oder Fieber, die nach der Behandlung wiederkommen, können bedeuten, dass die Infektion nicht ganz ausgeheilt ist.</translation>
    </message>
    <message>
        <source>Your pain was {score} or more every day {span}, while you took a pain medicine or rested. Pain that does not ease with rest or medicine is one of the signs that back pain may not be a simple strain.</source>
        <translation>Ihre Schmerzen lagen jeden Tag bei {score} oder mehr ({span}), obwohl Sie ein Schmerzmittel genommen oder sich geschont haben. Schmerzen, die mit Ruhe oder Medikamenten nicht nachlassen, sind ein Zeichen dafür, dass Rückenschmerzen mehr als eine einfache Zerrung sein können.</translation>
    </message>
    <message numerus="yes">
        <source>Your pain rose quickly {between}: the mean of %n days went from {before} to {after} out of 10. Back pain that worsens quickly can be a sign of a collection of pus (an abscess) near the spine, which needs prompt care.</source>
        <translation>
            <numerusform>Ihre Schmerzen sind {between} schnell gestiegen: Das Mittel von %n Tag stieg von {before} auf {after} von 10. Rückenschmerzen, die schnell zunehmen, können ein Zeichen für eine Eiteransammlung (einen Abszess) nahe der Wirbelsäule sein, die rasch behandelt werden muss.</numerusform>
            <numerusform>Ihre Schmerzen sind {between} schnell gestiegen: Das Mittel von %n Tagen stieg von {before} auf {after} von 10. Rückenschmerzen, die schnell zunehmen, können ein Zeichen für eine Eiteransammlung (einen Abszess) nahe der Wirbelsäule sein, die rasch behandelt werden muss.</numerusform>
        </translation>
    </message>
    <message>
        <source>You recorded a change in bladder or bowel control {span}. With back pain this can mean pressure on the nerves at the bottom of the spine, which is an emergency.</source>
        <translation>Sie haben eine veränderte Kontrolle über Blase oder Darm eingetragen ({span}). Zusammen mit Rückenschmerzen kann das Druck auf die Nerven am unteren Ende der Wirbelsäule bedeuten, und das ist ein Notfall.</translation>
    </message>
    <message>
        <source>Pain (worsening)</source>
        <translation>Schmerzen (zunehmend)</translation>
    </message>
    <message>
        <source>You recorded weakness or difficulty walking together with fever or quickly worsening pain {span}. With back pain, this can mean an infection pressing on the spinal cord or nerves, which needs care the same day.</source>
        <translation>Sie haben Schwäche oder Probleme beim Gehen zusammen mit Fieber oder schnell zunehmenden Schmerzen eingetragen ({span}). Zusammen mit Rückenschmerzen kann das eine Infektion bedeuten, die auf das Rückenmark oder die Nerven drückt und noch am selben Tag behandelt werden muss.</translation>
    </message>
    <message>
        <source>You recorded {symptoms} {span}. Nerve symptoms with back pain can mean that something presses on a nerve or the spinal cord, and doctors want to know early.</source>
        <translation>Sie haben {symptoms} eingetragen ({span}). Nervenbeschwerden mit Rückenschmerzen können bedeuten, dass etwas auf einen Nerv oder das Rückenmark drückt, und Ärztinnen und Ärzte möchten das früh wissen.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>{size} mm</source>
        <translation>{size} mm</translation>
    </message>
    <message>
        <source>Bumps</source>
        <translation>Knoten</translation>
    </message>
    <message numerus="yes">
        <source>The lesion “{name}” grew at %n observations in a row, {span}. A skin infection that keeps spreading may need a different treatment, or drainage.</source>
        <translation>
            <numerusform>Die Hautveränderung „{name}“ ist bei %n Beobachtung nacheinander größer geworden, {span}. Eine Hautinfektion, die sich weiter ausbreitet, braucht vielleicht eine andere Behandlung oder muss eröffnet werden.</numerusform>
            <numerusform>Die Hautveränderung „{name}“ ist bei %n Beobachtungen nacheinander größer geworden, {span}. Eine Hautinfektion, die sich weiter ausbreitet, braucht vielleicht eine andere Behandlung oder muss eröffnet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesion first seen</source>
        <translation>Hautveränderung zuerst gesehen</translation>
    </message>
    <message>
        <source>You recorded a fever {span} while you had a skin lesion ({names}). A fever with a skin infection can mean that the infection is spreading beyond the skin.</source>
        <translation>Sie haben Fieber eingetragen ({span}), während Sie eine Hautveränderung hatten ({names}). Fieber bei einer Hautinfektion kann bedeuten, dass sich die Infektion über die Haut hinaus ausbreitet.</translation>
    </message>
    <message>
        <source>Morning stiffness</source>
        <translation>Morgensteifigkeit</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message numerus="yes">
        <source>Your morning stiffness lasted more than {minutes} minutes on %n days {between}: at least {days} days out of {window} at a time. Long morning stiffness on most days can be a sign of inflammation of the spine (as in ankylosing spondylitis), which blood tests like CRP and ESR can help check.</source>
        <translation>
            <numerusform>Ihre Morgensteifigkeit dauerte {between} an %n Tag länger als {minutes} Minuten: mindestens {days} von {window} Tagen am Stück. Lange Morgensteifigkeit an den meisten Tagen kann ein Zeichen für eine Entzündung der Wirbelsäule sein (wie bei Morbus Bechterew), die Blutwerte wie CRP und BSG prüfen helfen.</numerusform>
            <numerusform>Ihre Morgensteifigkeit dauerte {between} an %n Tagen länger als {minutes} Minuten: mindestens {days} von {window} Tagen am Stück. Lange Morgensteifigkeit an den meisten Tagen kann ein Zeichen für eine Entzündung der Wirbelsäule sein (wie bei Morbus Bechterew), die Blutwerte wie CRP und BSG prüfen helfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your weight was {percent} % or more below an earlier weight {span} (down {most} % from {top}). Losing weight without trying can be a sign of an infection or an inflammation and is worth a check; if you meant to lose it, say so.</source>
        <translation>Ihr Gewicht lag {percent} % oder mehr unter einem früheren Gewicht ({span}; bis zu {most} % weniger als {top}). Abnehmen, ohne es zu wollen, kann ein Zeichen für eine Infektion oder eine Entzündung sein und sollte geprüft werden; wenn Sie abnehmen wollten, sagen Sie das.</translation>
    </message>
    <message>
        <source>You recorded a temperature of {fever} or more together with back pain {span} (highest {highest}). Fever with back pain can come from an infection, for example of the spine, and such infections are easier to treat when found early.</source>
        <translation>Sie haben eine Temperatur von {fever} oder mehr zusammen mit Rückenschmerzen eingetragen ({span}; Höchstwert {highest}). Fieber mit Rückenschmerzen kann von einer Infektion kommen, zum Beispiel der Wirbelsäule, und solche Infektionen lassen sich leichter behandeln, wenn sie früh erkannt werden.</translation>
    </message>
    <message>
        <source>You recorded night sweats {span}. Night sweats can be a sign of an infection or an inflammation somewhere in the body, especially together with back pain, fever or weight loss.</source>
        <translation>Sie haben Nachtschweiß eingetragen ({span}). Nachtschweiß kann ein Zeichen für eine Infektion oder Entzündung irgendwo im Körper sein, besonders zusammen mit Rückenschmerzen, Fieber oder Gewichtsverlust.</translation>
    </message>
    <message>
        <source>Patterns in your journal that are worth telling your doctor. They say what you recorded and why it matters; they are never a diagnosis.</source>
        <translation>Muster in Ihrem Tagebuch, die Sie Ihrer Ärztin oder Ihrem Arzt sagen sollten. Sie sagen, was Sie eingetragen haben und warum das wichtig ist; sie sind nie eine Diagnose.</translation>
    </message>
    <message>
        <source>the article “Hidden Dangers: Infections Causing Back Pain Explained”, on infections of the spine (vertebral osteomyelitis, discitis, epidural abscess)</source>
        <translation>dem Artikel „Hidden Dangers: Infections Causing Back Pain Explained“ über Infektionen der Wirbelsäule (Wirbelkörperentzündung, Bandscheibenentzündung, epiduraler Abszess)</translation>
    </message>
    <message>
        <source>the article “Spine Inflammation: Causes, Symptoms, and How It Connects to Autoimmune Diseases”</source>
        <translation>dem Artikel „Spine Inflammation: Causes, Symptoms, and How It Connects to Autoimmune Diseases“</translation>
    </message>
    <message>
        <source>the article on severe skin infections of the back</source>
        <translation>dem Artikel über schwere Hautinfektionen am Rücken</translation>
    </message>
    <message>
        <source>A temperature of {fever} or more on a day you also recorded back pain.</source>
        <translation>Eine Temperatur von {fever} oder mehr an einem Tag, an dem Sie auch Rückenschmerzen eingetragen haben.</translation>
    </message>
    <message>
        <source>You recorded night sweats.</source>
        <translation>Sie haben Nachtschweiß eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>Your weight fell by {percent} % or more below your highest weight of the %n months before.</source>
        <translation>
            <numerusform>Ihr Gewicht fiel um {percent} % oder mehr unter Ihr höchstes Gewicht im %n Monat davor.</numerusform>
            <numerusform>Ihr Gewicht fiel um {percent} % oder mehr unter Ihr höchstes Gewicht der %n Monate davor.</numerusform>
        </translation>
    </message>
    <message>
        <source>A loss of 5 % in 6 months is the usual clinical line for unexplained weight loss.</source>
        <translation>Ein Verlust von 5 % in 6 Monaten ist die übliche ärztliche Grenze für unerklärten Gewichtsverlust.</translation>
    </message>
    <message>
        <source>Tingling, numbness, weakness or difficulty walking. Any change in bladder or bowel control is an emergency, and so is weakness or difficulty walking together with fever or worsening pain.</source>
        <translation>Kribbeln, Taubheit, Schwäche oder Probleme beim Gehen. Jede Veränderung der Kontrolle über Blase oder Darm ist ein Notfall, ebenso Schwäche oder Probleme beim Gehen zusammen mit Fieber oder zunehmenden Schmerzen.</translation>
    </message>
    <message numerus="yes">
        <source>Pain of {score} or more on each of %n days in a row while you took a medicine for pain or rested: pain that does not improve with rest or medicine.</source>
        <translation>
            <numerusform>Schmerzen von {score} oder mehr an %n Tag, während Sie ein Schmerzmittel genommen oder sich geschont haben: Schmerzen, die mit Ruhe oder Medikamenten nicht besser werden.</numerusform>
            <numerusform>Schmerzen von {score} oder mehr an jedem von %n Tagen nacheinander, während Sie ein Schmerzmittel genommen oder sich geschont haben: Schmerzen, die mit Ruhe oder Medikamenten nicht besser werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mean pain over the last %n days is {points} points or more above the %n days before.</source>
        <translation>
            <numerusform>Ihr mittlerer Schmerz über den letzten %n Tag liegt {points} Punkte oder mehr über dem %n Tag davor.</numerusform>
            <numerusform>Ihr mittlerer Schmerz der letzten %n Tage liegt {points} Punkte oder mehr über den %n Tagen davor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Morning stiffness that lasts more than {minutes} minutes, on at least {days} of the last {window} days.</source>
        <translation>Morgensteifigkeit, die länger als {minutes} Minuten dauert, an mindestens {days} der letzten {window} Tage.</translation>
    </message>
    <message numerus="yes">
        <source>A skin lesion growing (bigger, or more bumps, at %n observations in a row), or a skin lesion while you have a fever.</source>
        <translation>
            <numerusform>Eine Hautveränderung, die wächst (größer oder mehr Knoten, bei %n Beobachtung nacheinander), oder eine Hautveränderung, während Sie Fieber haben.</numerusform>
            <numerusform>Eine Hautveränderung, die wächst (größer oder mehr Knoten, bei %n Beobachtungen nacheinander), oder eine Hautveränderung, während Sie Fieber haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A fever of {fever} or more, or pain rising again, in the %n months after a course of antibiotics ended.</source>
        <translation>
            <numerusform>Fieber von {fever} oder mehr oder wieder steigende Schmerzen im %n Monat nach dem Ende einer Antibiotika-Behandlung.</numerusform>
            <numerusform>Fieber von {fever} oder mehr oder wieder steigende Schmerzen in den %n Monaten nach dem Ende einer Antibiotika-Behandlung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source gives no number: a rise of {points} points in the 3-day mean pain above its lowest since the course ended is this program&apos;s own.</source>
        <translation>Die Quelle nennt keine Zahl: Ein Anstieg des 3-Tage-Mittels der Schmerzen um {points} Punkte über seinen niedrigsten Wert seit dem Ende der Behandlung ist die eigene Grenze dieses Programms.</translation>
    </message>
</context>
<context>
    <name>Lesions</name>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s).</source>
        <translation>
            <numerusform>%n Foto hinzugefügt.</numerusform>
            <numerusform>%n Fotos hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file was not added:</source>
        <translation>
            <numerusform>%n Datei wurde nicht hinzugefügt:</numerusform>
            <numerusform>%n Dateien wurden nicht hinzugefügt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files were not added:</source>
        <translation>
            <numerusform>%n Datei wurde nicht hinzugefügt:</numerusform>
            <numerusform>%n Dateien wurden nicht hinzugefügt:</numerusform>
        </translation>
    </message>
    <message>
        <source>this picture is far too large (in pixels) to be a photo, so it was not opened.</source>
        <translation>dieses Bild ist viel zu groß (in Pixeln), um ein Foto zu sein, deshalb wurde es nicht geöffnet.</translation>
    </message>
    <message>
        <source>this is not a JPEG, PNG or WebP picture. Only those kinds can be added.</source>
        <translation>das ist kein JPEG-, PNG- oder WebP-Bild. Nur diese Arten können hinzugefügt werden.</translation>
    </message>
    <message>
        <source>this picture is damaged or incomplete.</source>
        <translation>dieses Bild ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>Give the lesion a name, like “Left shoulder boil”.</source>
        <translation>Geben Sie der Hautveränderung einen Namen, zum Beispiel „Furunkel linke Schulter“.</translation>
    </message>
    <message>
        <source>You already have a lesion called “{name}”.</source>
        <translation>Sie haben schon eine Hautveränderung namens „{name}“.</translation>
    </message>
    <message>
        <source>First seen is in the future. Use today or earlier.</source>
        <translation>„Zuerst gesehen“ liegt in der Zukunft. Nehmen Sie heute oder früher.</translation>
    </message>
    <message>
        <source>Healed on is in the future.</source>
        <translation>„Abgeheilt am“ liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Healed on is before the day it was first seen.</source>
        <translation>„Abgeheilt am“ liegt vor dem Tag, an dem sie zuerst gesehen wurde.</translation>
    </message>
    <message>
        <source>{sign} is a whole number from 0 (none) to 10 (worst).</source>
        <translation>{sign} ist eine ganze Zahl von 0 (keine) bis 10 (am schlimmsten).</translation>
    </message>
    <message>
        <source>The date is in the future. Use today or earlier.</source>
        <translation>Das Datum liegt in der Zukunft. Nehmen Sie heute oder früher.</translation>
    </message>
    <message>
        <source>Size is in millimetres, from 0 to {most}.</source>
        <translation>Die Größe wird in Millimetern angegeben, von 0 bis {most}.</translation>
    </message>
    <message>
        <source>Number of bumps is a whole number, like 2.</source>
        <translation>Die Zahl der Knoten ist eine ganze Zahl, zum Beispiel 2.</translation>
    </message>
    <message>
        <source>Number of bumps cannot be below 0.</source>
        <translation>Die Zahl der Knoten kann nicht unter 0 liegen.</translation>
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
        <source>it could not be read</source>
        <translation>sie konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not be read ({reason}).</source>
        <translation>konnte nicht gelesen werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifigkeit</translation>
    </message>
    <message>
        <source>How you are</source>
        <translation>Wie es Ihnen geht</translation>
    </message>
    <message>
        <source>Nerve and emergency symptoms</source>
        <translation>Nerven- und Notfallzeichen</translation>
    </message>
    <message>
        <source>Other signs</source>
        <translation>Weitere Zeichen</translation>
    </message>
    <message>
        <source>My symptoms</source>
        <translation>Meine Beschwerden</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Schmerz jetzt</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Stärkster Schmerz</translation>
    </message>
    <message>
        <source>Pain at rest</source>
        <translation>Schmerz in Ruhe</translation>
    </message>
    <message>
        <source>Pain at night</source>
        <translation>Schmerz in der Nacht</translation>
    </message>
    <message>
        <source>Did rest help</source>
        <translation>Hat Ruhe geholfen</translation>
    </message>
    <message>
        <source>Did pain medicine help</source>
        <translation>Hat das Schmerzmittel geholfen</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Chills</source>
        <translation>Schüttelfrost</translation>
    </message>
    <message>
        <source>Night sweats</source>
        <translation>Nachtschweiß</translation>
    </message>
    <message>
        <source>Morning stiffness minutes</source>
        <translation>Morgensteifigkeit in Minuten</translation>
    </message>
    <message>
        <source>Morning stiffness severity</source>
        <translation>Stärke der Morgensteifigkeit</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>Difficulty walking</source>
        <translation>Probleme beim Gehen</translation>
    </message>
    <message>
        <source>Bladder or bowel change</source>
        <translation>Veränderung bei Blase oder Darm</translation>
    </message>
    <message>
        <source>Eye redness</source>
        <translation>Rote Augen</translation>
    </message>
    <message>
        <source>Digestive trouble</source>
        <translation>Verdauungsbeschwerden</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>difficulty walking</source>
        <translation>Probleme beim Gehen</translation>
    </message>
    <message>
        <source>bladder or bowel change</source>
        <translation>Veränderung bei Blase oder Darm</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>morning stiffness minutes</source>
        <translation>Morgensteifigkeit in Minuten</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>Pain</name>
    <message>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <source>mid back</source>
        <translation>mittlerer Rücken</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>sacrum or buttocks</source>
        <translation>Kreuzbein oder Gesäß</translation>
    </message>
    <message>
        <source>into a leg</source>
        <translation>ins Bein ausstrahlend</translation>
    </message>
    <message>
        <source>into an arm</source>
        <translation>in den Arm ausstrahlend</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Mittlerer Rücken</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Sacrum or buttocks</source>
        <translation>Kreuzbein oder Gesäß</translation>
    </message>
    <message>
        <source>Into a leg</source>
        <translation>Ins Bein ausstrahlend</translation>
    </message>
    <message>
        <source>Into an arm</source>
        <translation>In den Arm ausstrahlend</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
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
        <source>{region}, {side}</source>
        <translation>{region}, {side}</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Dumpf</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Stechend</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Brennend</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Pochend</translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation>Einschießend</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Seen from behind: the patient&apos;s left is on the left.</source>
        <translation>Von hinten gesehen: Die linke Seite der Patientin oder des Patienten ist links.</translation>
    </message>
    <message>
        <source>could not start drawing the summary on this printer</source>
        <translation>die Zusammenfassung konnte auf diesem Drucker nicht begonnen werden</translation>
    </message>
    <message>
        <source>Photo not available</source>
        <translation>Foto nicht verfügbar</translation>
    </message>
    <message>
        <source>No photo in this period</source>
        <translation>Kein Foto in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bald</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>{level}: {title}</source>
        <translation>{level}: {title}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Weeks 1–2</source>
        <translation>Wochen 1–2</translation>
    </message>
    <message>
        <source>IV antibiotics, often with bed rest or very limited movement, while the fever settles.</source>
        <translation>Antibiotika als Infusion, oft mit Bettruhe oder sehr wenig Bewegung, bis das Fieber abklingt.</translation>
    </message>
    <message>
        <source>Weeks 3–6</source>
        <translation>Wochen 3–6</translation>
    </message>
    <message>
        <source>Gradual improvement, though fatigue and pain may persist.</source>
        <translation>Langsame Besserung, auch wenn Erschöpfung und Schmerzen noch bleiben können.</translation>
    </message>
    <message>
        <source>Week 7 and after</source>
        <translation>Ab Woche 7</translation>
    </message>
    <message>
        <source>Physiotherapy and light movement, with good food, to rebuild strength.</source>
        <translation>Physiotherapie und leichte Bewegung, dazu gutes Essen, um wieder zu Kräften zu kommen.</translation>
    </message>
    <message>
        <source>Week {week} of your antibiotic course ({names}, started {started}, planned to end on {ends}).</source>
        <translation>Woche {week} Ihrer Antibiotika-Behandlung ({names}, begonnen am {started}, geplantes Ende am {ends}).</translation>
    </message>
    <message>
        <source>Week {week} of your antibiotic course ({names}, started {started}).</source>
        <translation>Woche {week} Ihrer Antibiotika-Behandlung ({names}, begonnen am {started}).</translation>
    </message>
    <message>
        <source>The typical course described by people who went through it, {stage}: {typical}</source>
        <translation>Der typische Verlauf, wie ihn Betroffene beschreiben, {stage}: {typical}</translation>
    </message>
    <message>
        <source>Your temperature: none recorded in the last 7 days.</source>
        <translation>Ihre Temperatur: in den letzten 7 Tagen nicht eingetragen.</translation>
    </message>
    <message>
        <source>Your temperature: {fever} or more on {days} of the last 7 days (highest {highest}).</source>
        <translation>Ihre Temperatur: {fever} oder mehr an {days} der letzten 7 Tage (Höchstwert {highest}).</translation>
    </message>
    <message>
        <source>Your temperature: below {fever} all of the last 7 days (highest {highest}).</source>
        <translation>Ihre Temperatur: an allen der letzten 7 Tage unter {fever} (Höchstwert {highest}).</translation>
    </message>
    <message>
        <source>Everyone&apos;s recovery is different: this sets your record beside a typical course and is not a prediction.</source>
        <translation>Jede Genesung verläuft anders: Das stellt Ihre Einträge neben einen typischen Verlauf und ist keine Vorhersage.</translation>
    </message>
    <message>
        <source>Your pain: none recorded in the last 7 days.</source>
        <translation>Ihre Schmerzen: in den letzten 7 Tagen nicht eingetragen.</translation>
    </message>
    <message>
        <source>Your pain: a mean of {mean} out of 10 over the last 7 days.</source>
        <translation>Ihre Schmerzen: im Mittel {mean} von 10 in den letzten 7 Tagen.</translation>
    </message>
    <message>
        <source>Your pain: a mean of {mean} out of 10 over the last 7 days, about the same as in the first week ({first}).</source>
        <translation>Ihre Schmerzen: im Mittel {mean} von 10 in den letzten 7 Tagen, etwa wie in der ersten Woche ({first}).</translation>
    </message>
    <message>
        <source>Your pain: a mean of {mean} out of 10 over the last 7 days, down from {first} in the first week.</source>
        <translation>Ihre Schmerzen: im Mittel {mean} von 10 in den letzten 7 Tagen, weniger als {first} in der ersten Woche.</translation>
    </message>
    <message>
        <source>Your pain: a mean of {mean} out of 10 over the last 7 days, up from {first} in the first week.</source>
        <translation>Ihre Schmerzen: im Mittel {mean} von 10 in den letzten 7 Tagen, mehr als {first} in der ersten Woche.</translation>
    </message>
    <message>
        <source>In the typical course the fever has settled by now; a fever at this stage is worth telling your doctor.</source>
        <translation>Im typischen Verlauf ist das Fieber jetzt abgeklungen; Fieber in dieser Phase sollten Sie Ihrer Ärztin oder Ihrem Arzt sagen.</translation>
    </message>
    <message>
        <source>In the typical course pain eases slowly from week 3; pain going up instead is worth telling your doctor.</source>
        <translation>Im typischen Verlauf lassen die Schmerzen ab Woche 3 langsam nach; wenn sie stattdessen steigen, sollten Sie das Ihrer Ärztin oder Ihrem Arzt sagen.</translation>
    </message>
    <message>
        <source>So far your record is in line with the typical course.</source>
        <translation>Bisher passen Ihre Einträge zum typischen Verlauf.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Give a time of day, such as 20:00.</source>
        <translation>Geben Sie eine Uhrzeit an, zum Beispiel 20:00.</translation>
    </message>
    <message>
        <source>“{typed}” is not a time of day: write a 24-hour time such as 20:00.</source>
        <translation>„{typed}“ ist keine Uhrzeit: Schreiben Sie eine Uhrzeit im 24-Stunden-Format, zum Beispiel 20:00.</translation>
    </message>
    <message>
        <source>Give one time of day, such as 20:00.</source>
        <translation>Geben Sie eine einzige Uhrzeit an, zum Beispiel 20:00.</translation>
    </message>
    <message>
        <source>Today&apos;s check-in is not made yet (reminder of {time}).</source>
        <translation>Der heutige Eintrag fehlt noch (Erinnerung von {time}).</translation>
    </message>
    <message>
        <source>Time for today&apos;s check-in: how are you?</source>
        <translation>Zeit für den heutigen Eintrag: Wie geht es Ihnen?</translation>
    </message>
    <message>
        <source>The {time} dose of {medicine} is not logged yet.</source>
        <translation>Die Dosis {medicine} von {time} ist noch nicht eingetragen.</translation>
    </message>
    <message>
        <source>Time for your {time} dose of {medicine}.</source>
        <translation>Zeit für Ihre Dosis {medicine} um {time}.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} is encrypted and its journal is locked</source>
        <translation>{path} ist verschlüsselt und sein Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <source>{path} cannot be decrypted: {problem}</source>
        <translation>{path} kann nicht entschlüsselt werden: {problem}</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of Symptom Journal (journal version {found}); this program understands journal versions up to {known}. Nothing was changed. Please update Symptom Journal to open it.</source>
        <translation>{path} wurde von einer neueren Version des Symptom-Tagebuchs gespeichert (Tagebuch-Version {found}); dieses Programm versteht Tagebuch-Versionen bis {known}. Es wurde nichts geändert. Bitte aktualisieren Sie das Symptom-Tagebuch, um es zu öffnen.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a Symptom Journal file ({detail}). It was not changed. No backup of it that passes the check was found beside it: open another journal, or import an earlier export of it into a new journal.</source>
        <translation>{path} ist beschädigt oder keine Datei des Symptom-Tagebuchs ({detail}). Sie wurde nicht geändert. Daneben wurde keine Sicherung gefunden, die die Prüfung besteht: Öffnen Sie ein anderes Tagebuch, oder importieren Sie einen früheren Export davon in ein neues Tagebuch.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a Symptom Journal file ({detail}). It was not changed. Restore it from a backup, or open another journal.</source>
        <translation>{path} ist beschädigt oder keine Datei des Symptom-Tagebuchs ({detail}). Sie wurde nicht geändert. Stellen Sie sie aus einer Sicherung wieder her, oder öffnen Sie ein anderes Tagebuch.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). It was not changed: it is kept as {set_aside}. The newest backup that passes the check is from {when}; to put it in its place, run: {command}</source>
        <translation>{path} ist beschädigt ({detail}). Sie wurde nicht geändert: Sie bleibt als {set_aside} erhalten. Die neueste Sicherung, die die Prüfung besteht, ist vom {when}; um sie an ihre Stelle zu setzen, führen Sie aus: {command}</translation>
    </message>
    <message>
        <source>This file was already imported into the journal on {day}; nothing was added again.</source>
        <translation>Diese Datei wurde schon am {day} in das Tagebuch importiert; es wurde nichts noch einmal hinzugefügt.</translation>
    </message>
    <message>
        <source>The journal changed since the file was read; nothing was added. Read the file again and import it.</source>
        <translation>Das Tagebuch hat sich geändert, seit die Datei gelesen wurde; es wurde nichts hinzugefügt. Lesen Sie die Datei noch einmal und importieren Sie sie.</translation>
    </message>
    <message>
        <source>restore again</source>
        <translation>stellen Sie es noch einmal wieder her</translation>
    </message>
    <message>
        <source>{path} is open in another Symptom Journal window or command. Close it there, then {then}. Nothing was changed.</source>
        <translation>{path} ist in einem anderen Fenster oder Befehl des Symptom-Tagebuchs geöffnet. Schließen Sie es dort, dann {then}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full — nothing was lost; free some space and try again.</source>
        <translation>Der Datenträger mit {path} ist voll — es ging nichts verloren; schaffen Sie etwas Platz und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{path} could not be read or written ({detail}): the disk may be failing, removed or full. Nothing was changed. Check the disk, then open the journal again.</source>
        <translation>{path} konnte nicht gelesen oder geschrieben werden ({detail}): Der Datenträger ist vielleicht defekt, entfernt oder voll. Es wurde nichts geändert. Prüfen Sie den Datenträger und öffnen Sie das Tagebuch dann noch einmal.</translation>
    </message>
    <message>
        <source>{path} is encrypted: its passphrase is needed to open it.</source>
        <translation>{path} ist verschlüsselt: Zum Öffnen wird die Passphrase gebraucht.</translation>
    </message>
    <message>
        <source>That passphrase does not open {path}. Nothing was changed. Passphrases are case-sensitive; try again.</source>
        <translation>Diese Passphrase öffnet {path} nicht. Es wurde nichts geändert. Bei Passphrasen zählt die Groß- und Kleinschreibung; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{path} already holds records. An export of this program goes into a new, empty journal: choose a new journal file for it. Nothing was changed.</source>
        <translation>{path} enthält schon Einträge. Ein Export dieses Programms kommt in ein neues, leeres Tagebuch: Wählen Sie dafür eine neue Tagebuch-Datei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the import could not be written ({problem}); nothing was added.</source>
        <translation>der Import konnte nicht geschrieben werden ({problem}); es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>network share ({type})</source>
        <translation>Netzwerkfreigabe ({type})</translation>
    </message>
    <message>
        <source>This journal is in a {kind} folder ({folder}). Never have it open on two computers at once: each would write its own version, and check-ins would be lost.</source>
        <translation>Dieses Tagebuch liegt in einem geteilten Ordner ({kind}: {folder}). Öffnen Sie es nie auf zwei Computern gleichzeitig: Jeder würde seine eigene Fassung schreiben, und Einträge gingen verloren.</translation>
    </message>
    <message>
        <source>There is a conflicted copy of this journal beside it: {copy}. The sync made it when the journal was changed in two places; it may hold entries missing here. Journal → Import… (or: {command}) shows what it holds and adds its missing check-ins.</source>
        <translation>Neben diesem Tagebuch liegt eine Konfliktkopie: {copy}. Der Abgleich hat sie angelegt, als das Tagebuch an zwei Orten geändert wurde; sie enthält vielleicht Einträge, die hier fehlen. Tagebuch → Importieren … (oder: {command}) zeigt, was sie enthält, und fügt die fehlenden Einträge hinzu.</translation>
    </message>
    <message>
        <source>{path} is encrypted already; nothing was changed.</source>
        <translation>{path} ist schon verschlüsselt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>turn encryption on</source>
        <translation>schalten Sie die Verschlüsselung ein</translation>
    </message>
    <message>
        <source>turn encryption off</source>
        <translation>schalten Sie die Verschlüsselung aus</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>ändern Sie die Passphrase</translation>
    </message>
    <message>
        <source>{path} is not encrypted; nothing was changed.</source>
        <translation>{path} ist nicht verschlüsselt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The new copy of the journal did not pass SQLite&apos;s check: {found}</source>
        <translation>Die neue Kopie des Tagebuchs hat die Prüfung von SQLite nicht bestanden: {found}</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: {row}</source>
        <translation>Integritätsprüfung von SQLite: {row}</translation>
    </message>
    <message>
        <source>row {row} of the table {table} refers to a row of {parent} that is not there</source>
        <translation>Zeile {row} der Tabelle {table} verweist auf eine Zeile von {parent}, die es nicht gibt</translation>
    </message>
    <message>
        <source>the photo {name} of {day}</source>
        <translation>das Foto {name} vom {day}</translation>
    </message>
    <message>
        <source>{photo} is missing: there is no file {path}</source>
        <translation>{photo} fehlt: Es gibt keine Datei {path}</translation>
    </message>
    <message>
        <source>{photo} cannot be read: {problem}</source>
        <translation>{photo} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>{photo} has changed since it was added: {path} is not the same</source>
        <translation>{photo} hat sich verändert, seit es hinzugefügt wurde: {path} ist nicht mehr dasselbe</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>es gibt keine Datei {path}</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {problem}</source>
        <translation>{path} kann nicht geöffnet werden: {problem}</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database: {problem}</source>
        <translation>{path} kann nicht als Datenbank gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>{given} is not a backup of {journal}. List them with: {command}</source>
        <translation>{given} ist keine Sicherung von {journal}. Eine Liste zeigt: {command}</translation>
    </message>
    <message>
        <source>the backup {name} cannot be restored: {finding}. Nothing was changed.</source>
        <translation>die Sicherung {name} kann nicht wiederhergestellt werden: {finding}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the copy of {source} did not pass SQLite&apos;s check: {status}</source>
        <translation>die Kopie von {source} hat die Prüfung von SQLite nicht bestanden: {status}</translation>
    </message>
    <message>
        <source>{source} could not be copied: {problem}</source>
        <translation>{source} konnte nicht kopiert werden: {problem}</translation>
    </message>
    <message>
        <source>{copy} was saved by another version of Symptom Journal (journal version {version}, this one {this}). Open it on its own first: {command}</source>
        <translation>{copy} wurde von einer anderen Version des Symptom-Tagebuchs gespeichert (Tagebuch-Version {version}, diese {this}). Öffnen Sie es zuerst für sich: {command}</translation>
    </message>
    <message>
        <source>{copy} cannot be read as a journal ({problem}).</source>
        <translation>{copy} kann nicht als Tagebuch gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>Demo journal</source>
        <translation>Demo-Tagebuch</translation>
    </message>
    <message>
        <source>My journal</source>
        <translation>Mein Tagebuch</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht eingetragen</translation>
    </message>
    <message>
        <source>To ask</source>
        <translation>Zu fragen</translation>
    </message>
    <message>
        <source>Asked or no longer needed</source>
        <translation>Gefragt oder nicht mehr nötig</translation>
    </message>
    <message>
        <source>Notes for my doctor</source>
        <translation>Notizen für meine Ärztin oder meinen Arzt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No notes were marked “show this to my doctor” in this period.</source>
        <translation>In diesem Zeitraum wurden keine Notizen mit „Meiner Ärztin oder meinem Arzt zeigen“ markiert.</translation>
    </message>
    <message>
        <source>Questions for this appointment</source>
        <translation>Fragen für diesen Termin</translation>
    </message>
    <message>
        <source>For the appointment on {appointment}.</source>
        <translation>Für den Termin am {appointment}.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>No questions written down for this appointment.</source>
        <translation>Für diesen Termin wurden keine Fragen notiert.</translation>
    </message>
    <message>
        <source>with {clinician}</source>
        <translation>bei {clinician}</translation>
    </message>
    <message>
        <source>at {place}</source>
        <translation>in {place}</translation>
    </message>
    <message>
        <source>The patient has not filled in their medical context.</source>
        <translation>Die Patientin oder der Patient hat die medizinischen Angaben nicht ausgefüllt.</translation>
    </message>
    <message>
        <source>As the patient wrote it. An unticked box may mean “no” or “not answered”.</source>
        <translation>So, wie die Patientin oder der Patient es geschrieben hat. Ein leeres Kästchen kann „nein“ oder „nicht beantwortet“ bedeuten.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Nicht angekreuzt</translation>
    </message>
    <message>
        <source>urinary</source>
        <translation>Harnwege</translation>
    </message>
    <message>
        <source>skin</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>dental</source>
        <translation>Zähne</translation>
    </message>
    <message>
        <source>None ticked</source>
        <translation>Nichts angekreuzt</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Recent surgery</source>
        <translation>Kürzliche Operation</translation>
    </message>
    <message>
        <source>Recent infections</source>
        <translation>Kürzliche Infektionen</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Weak immunity</source>
        <translation>Geschwächte Abwehr</translation>
    </message>
    <message>
        <source>Injects drugs</source>
        <translation>Spritzt Drogen</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Weitere Notizen</translation>
    </message>
    <message>
        <source>No skin lesion was observed in this period.</source>
        <translation>In diesem Zeitraum wurde keine Hautveränderung beobachtet.</translation>
    </message>
    <message>
        <source>Not observed in this period, though not marked healed: {names}.</source>
        <translation>In diesem Zeitraum nicht beobachtet, aber nicht als abgeheilt markiert: {names}.</translation>
    </message>
    <message>
        <source>{number}. {name} ({region}, {side})</source>
        <translation>{number}. {name} ({region}, {side})</translation>
    </message>
    <message>
        <source>First photo of the period: {day}</source>
        <translation>Erstes Foto des Zeitraums: {day}</translation>
    </message>
    <message>
        <source>Latest photo: {day}</source>
        <translation>Letztes Foto: {day}</translation>
    </message>
    <message numerus="yes">
        <source>Observed %n time(s), {first} to {last}.</source>
        <translation>
            <numerusform>%n-mal beobachtet, {first} bis {last}.</numerusform>
            <numerusform>%n-mal beobachtet, {first} bis {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Observed %n time(s), on {first}.</source>
        <translation>
            <numerusform>%n-mal beobachtet, am {first}.</numerusform>
            <numerusform>%n-mal beobachtet, am {first}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signs on {day}: {signs}.</source>
        <translation>Zeichen am {day}: {signs}.</translation>
    </message>
    <message>
        <source>Since {day}: {changes}.</source>
        <translation>Seit {day}: {changes}.</translation>
    </message>
    <message>
        <source>Healed on {day}.</source>
        <translation>Abgeheilt am {day}.</translation>
    </message>
    <message>
        <source>Note ({day}): {note}</source>
        <translation>Notiz ({day}): {note}</translation>
    </message>
    <message>
        <source>Size: not measured in this period.</source>
        <translation>Größe: in diesem Zeitraum nicht gemessen.</translation>
    </message>
    <message>
        <source>Size: {size} mm on {day}.</source>
        <translation>Größe: {size} mm am {day}.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>up {size} mm</source>
        <translation>{size} mm größer</translation>
    </message>
    <message>
        <source>down {size} mm</source>
        <translation>{size} mm kleiner</translation>
    </message>
    <message>
        <source>Size: {first} mm on {first_day}, {latest} mm on {latest_day} ({change}).</source>
        <translation>Größe: {first} mm am {first_day}, {latest} mm am {latest_day} ({change}).</translation>
    </message>
    <message>
        <source>redness {score}/10</source>
        <translation>Rötung {score}/10</translation>
    </message>
    <message>
        <source>pus or drainage</source>
        <translation>Eiter oder Absonderung</translation>
    </message>
    <message>
        <source>yellow crusting</source>
        <translation>gelbe Krusten</translation>
    </message>
    <message>
        <source>green crusting</source>
        <translation>grüne Krusten</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <source>swollen</source>
        <translation>geschwollen</translation>
    </message>
    <message>
        <source>pain {score}/10</source>
        <translation>Schmerz {score}/10</translation>
    </message>
    <message>
        <source>dark marks</source>
        <translation>dunkle Stellen</translation>
    </message>
    <message numerus="yes">
        <source>%n bump(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine eingetragen</translation>
    </message>
    <message>
        <source>warmth</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>bumps</source>
        <translation>Knoten</translation>
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
    <message>
        <source>{sign} new</source>
        <translation>{sign} neu</translation>
    </message>
    <message>
        <source>{sign} gone</source>
        <translation>{sign} weg</translation>
    </message>
    <message>
        <source>crusting {before} → {after}</source>
        <translation>Krusten {before} → {after}</translation>
    </message>
    <message>
        <source>no change in the signs recorded</source>
        <translation>keine Veränderung der eingetragenen Zeichen</translation>
    </message>
    <message>
        <source>Numbers mark the lesions: {lesions}.</source>
        <translation>Die Zahlen markieren die Hautveränderungen: {lesions}.</translation>
    </message>
    <message numerus="yes">
        <source>{site} (%n check-in(s))</source>
        <translation>
            <numerusform>{site} (%n Eintrag)</numerusform>
            <numerusform>{site} (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shading shows where check-ins recorded pain, darker where more did; most often {sites}.</source>
        <translation>Die Schattierung zeigt, wo in Einträgen Schmerzen eingetragen wurden, dunkler, wo es mehr waren; am häufigsten {sites}.</translation>
    </message>
    <message>
        <source>No pain sites were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Schmerzorte eingetragen.</translation>
    </message>
    <message>
        <source>fever line {fever}</source>
        <translation>Fiebergrenze {fever}</translation>
    </message>
    <message>
        <source>{minutes} minutes of stiffness</source>
        <translation>{minutes} Minuten Steifigkeit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Zeitraum davor</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Computed by the program from what was recorded. Marked: a fever, a nerve symptom, a lab value out of range.</source>
        <translation>Vom Programm aus den Einträgen berechnet. Markiert: Fieber, ein Nervenzeichen, ein Laborwert außerhalb des Normalbereichs.</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerzen (0–10)</translation>
    </message>
    <message>
        <source>Fever days (≥ {fever})</source>
        <translation>Fiebertage (≥ {fever})</translation>
    </message>
    <message>
        <source>Highest temperature</source>
        <translation>Höchste Temperatur</translation>
    </message>
    <message>
        <source>Stiffness, median</source>
        <translation>Steifigkeit, Median</translation>
    </message>
    <message>
        <source>Stiffness over {minutes}</source>
        <translation>Steifigkeit über {minutes}</translation>
    </message>
    <message>
        <source>Weight change</source>
        <translation>Gewichtsänderung</translation>
    </message>
    <message>
        <source>Nerve symptom days</source>
        <translation>Tage mit Nervenzeichen</translation>
    </message>
    <message>
        <source>BASDAI, latest</source>
        <translation>BASDAI, zuletzt</translation>
    </message>
    <message>
        <source>ASDAS, latest</source>
        <translation>ASDAS, zuletzt</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{test}, first to latest</source>
        <translation>{test}, erster bis letzter Wert</translation>
    </message>
    <message>
        <source>{test} since antibiotics ({day})</source>
        <translation>{test} seit den Antibiotika ({day})</translation>
    </message>
    <message>
        <source>course not begun</source>
        <translation>Behandlung noch nicht begonnen</translation>
    </message>
    <message>
        <source>highest {highest}</source>
        <translation>Höchstwert {highest}</translation>
    </message>
    <message>
        <source>mean {mean}, highest {highest}</source>
        <translation>Mittel {mean}, Höchstwert {highest}</translation>
    </message>
    <message>
        <source>Pain, first vs last week</source>
        <translation>Schmerzen, erste gegen letzte Woche</translation>
    </message>
    <message numerus="yes">
        <source>Pain, first vs last %n day(s)</source>
        <translation>
            <numerusform>Schmerzen, erster gegen letzten %n Tag</numerusform>
            <numerusform>Schmerzen, erste gegen letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>period too short</source>
        <translation>Zeitraum zu kurz</translation>
    </message>
    <message>
        <source>{start} to {end}, about the same</source>
        <translation>{start} auf {end}, etwa gleich</translation>
    </message>
    <message>
        <source>{start} to {end}, up {change}</source>
        <translation>{start} auf {end}, {change} mehr</translation>
    </message>
    <message>
        <source>{start} to {end}, down {change}</source>
        <translation>{start} auf {end}, {change} weniger</translation>
    </message>
    <message>
        <source>no pain recorded in the first week</source>
        <translation>in der ersten Woche keine Schmerzen eingetragen</translation>
    </message>
    <message>
        <source>no pain recorded in the last week</source>
        <translation>in der letzten Woche keine Schmerzen eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>no pain recorded in the first %n day(s)</source>
        <translation>
            <numerusform>am ersten %n Tag keine Schmerzen eingetragen</numerusform>
            <numerusform>in den ersten %n Tagen keine Schmerzen eingetragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no pain recorded in the last %n day(s)</source>
        <translation>
            <numerusform>am letzten %n Tag keine Schmerzen eingetragen</numerusform>
            <numerusform>in den letzten %n Tagen keine Schmerzen eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <source>no temperature recorded</source>
        <translation>keine Temperatur eingetragen</translation>
    </message>
    <message>
        <source>{fever} of {measured} days measured</source>
        <translation>{fever} von {measured} gemessenen Tagen</translation>
    </message>
    <message>
        <source>{long} of {recorded} days recorded</source>
        <translation>{long} von {recorded} eingetragenen Tagen</translation>
    </message>
    <message>
        <source>{weight}, one day</source>
        <translation>{weight}, ein Tag</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>{weights}, unchanged</source>
        <translation>{weights}, unverändert</translation>
    </message>
    <message>
        <source>{weights}, up {change}</source>
        <translation>{weights}, {change} mehr</translation>
    </message>
    <message>
        <source>{weights}, down {change}</source>
        <translation>{weights}, {change} weniger</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>My own symptoms</source>
        <translation>Meine eigenen Beschwerden</translation>
    </message>
    <message>
        <source>Skin lesions</source>
        <translation>Hautveränderungen</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period that could be charted.</source>
        <translation>In diesem Zeitraum wurde nichts eingetragen, das sich als Verlauf zeigen lässt.</translation>
    </message>
    <message>
        <source>Not charted, as nothing was recorded in this period: {names}.</source>
        <translation>Nicht gezeigt, weil in diesem Zeitraum nichts eingetragen wurde: {names}.</translation>
    </message>
    <message>
        <source>Shaded: medicine courses, named in the strip above the panels.</source>
        <translation>Schattiert: Behandlungen mit Medikamenten, benannt im Streifen über den Diagrammen.</translation>
    </message>
    <message>
        <source>Thick dark line: the 7-day mean of pain now.</source>
        <translation>Dicke dunkle Linie: das 7-Tage-Mittel von „Schmerz jetzt“.</translation>
    </message>
    <message>
        <source>Dashed lines: {lines}.</source>
        <translation>Gestrichelte Linien: {lines}.</translation>
    </message>
    <message>
        <source>Green band: the lab&apos;s normal range.</source>
        <translation>Grünes Band: der Normalbereich des Labors.</translation>
    </message>
    <message>
        <source>Dotted lines: appointments.</source>
        <translation>Gepunktete Linien: Termine.</translation>
    </message>
    <message>
        <source>Triangles: red flags worth telling your doctor (listed on page 1).</source>
        <translation>Dreiecke: Warnzeichen, die Sie Ihrer Ärztin oder Ihrem Arzt sagen sollten (auf Seite 1 aufgelistet).</translation>
    </message>
    <message>
        <source>A gap in a line is a day with nothing recorded.</source>
        <translation>Eine Lücke in einer Linie ist ein Tag ohne Eintrag.</translation>
    </message>
    <message>
        <source>Also flagged, less urgent or older: {flags}.</source>
        <translation>Außerdem Warnzeichen, weniger dringend oder älter: {flags}.</translation>
    </message>
    <message>
        <source>; the patient marked {seen} as seen</source>
        <translation>; {seen} als gesehen markiert</translation>
    </message>
    <message numerus="yes">
        <source>%n times from {first}; latest {latest}</source>
        <translation>
            <numerusform>%n-mal ab {first}; zuletzt {latest}</numerusform>
            <numerusform>%n-mal ab {first}; zuletzt {latest}</numerusform>
        </translation>
    </message>
    <message>
        <source> (the patient marked it as seen on {day})</source>
        <translation> (am {day} als gesehen markiert)</translation>
    </message>
    <message>
        <source>No details recorded.</source>
        <translation>Keine Einzelheiten eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>an %n Tag</numerusform>
            <numerusform>an %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} {on}</source>
        <translation>{label} {on}</translation>
    </message>
    <message>
        <source>{label} {value} {on}</source>
        <translation>{label} {value} {on}</translation>
    </message>
    <message>
        <source>{label} {first} to {last}</source>
        <translation>{label} {first} bis {last}</translation>
    </message>
    <message>
        <source>Symptom summary for my appointment</source>
        <translation>Zusammenfassung meiner Beschwerden für meinen Termin</translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n day(s))</source>
        <translation>
            <numerusform>{first} bis {last} (%n Tag)</numerusform>
            <numerusform>{first} bis {last} (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Nothing was recorded from {first} to {last}: no check-ins, doses, lab results, lesion notes or appointments.</source>
        <translation>Vom {first} bis {last} wurde nichts eingetragen: keine Einträge, Dosen, Laborwerte, Notizen zu Hautveränderungen oder Termine.</translation>
    </message>
    <message>
        <source>Choose a longer period, or bring the journal itself to show what is there.</source>
        <translation>Wählen Sie einen längeren Zeitraum, oder bringen Sie das Tagebuch selbst mit, um zu zeigen, was darin steht.</translation>
    </message>
    <message>
        <source>Red flags in this period</source>
        <translation>Warnzeichen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Wichtige Zahlen</translation>
    </message>
    <message>
        <source>Gaps in the record</source>
        <translation>Lücken in den Einträgen</translation>
    </message>
    <message>
        <source>Days with a check-in</source>
        <translation>Tage mit Eintrag</translation>
    </message>
    <message>
        <source>{recorded} of {days}</source>
        <translation>{recorded} von {days}</translation>
    </message>
    <message>
        <source>Goes up to</source>
        <translation>Reicht bis</translation>
    </message>
    <message>
        <source>the check-in of {moment}</source>
        <translation>zum Eintrag vom {moment}</translation>
    </message>
    <message>
        <source>no check-in in this period</source>
        <translation>kein Eintrag in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last}, a check-in on {recorded} of %n days</source>
        <translation>
            <numerusform>{first} bis {last}, ein Eintrag an {recorded} von %n Tag</numerusform>
            <numerusform>{first} bis {last}, ein Eintrag an {recorded} von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain (0–10): worst and now as recorded, and the 7-day mean computed by the program. Temperature: each day&apos;s highest, the line at {fever}.</source>
        <translation>Schmerzen (0–10): stärkster und jetziger Schmerz wie eingetragen, und das vom Programm berechnete 7-Tage-Mittel. Temperatur: der höchste Wert jedes Tages, die Linie bei {fever}.</translation>
    </message>
    <message>
        <source>Shaded: medicine courses ({names}).</source>
        <translation>Schattiert: Behandlungen mit Medikamenten ({names}).</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Wofür</translation>
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
        <source>Course</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Doses taken in period</source>
        <translation>Genommene Dosen im Zeitraum</translation>
    </message>
    <message>
        <source>Side effects noted</source>
        <translation>Notierte Nebenwirkungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Laborwert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Normalbereich</translation>
    </message>
    <message>
        <source>First in period</source>
        <translation>Erster im Zeitraum</translation>
    </message>
    <message>
        <source>Latest in period</source>
        <translation>Letzter im Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>No medicines recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Medikamente eingetragen.</translation>
    </message>
    <message>
        <source>Doses taken are counted from the first to the last day of the period, against the doses scheduled by then; as-needed medicines have no schedule.</source>
        <translation>Genommene Dosen werden vom ersten bis zum letzten Tag des Zeitraums gezählt, verglichen mit den bis dahin geplanten Dosen; Medikamente bei Bedarf haben keinen Plan.</translation>
    </message>
    <message>
        <source>From {first}, no end set</source>
        <translation>Ab {first}, kein Ende festgelegt</translation>
    </message>
    <message>
        <source>None noted</source>
        <translation>Keine notiert</translation>
    </message>
    <message>
        <source>No lab results or imaging recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Laborwerte oder Bildgebungen eingetragen.</translation>
    </message>
    <message>
        <source>Change over the period</source>
        <translation>Veränderung im Zeitraum</translation>
    </message>
    <message>
        <source>Computed from the results above: the latest value beside the first of the period. Figures only; what they mean is for your doctor to judge.</source>
        <translation>Aus den Ergebnissen oben berechnet: der letzte Wert neben dem ersten des Zeitraums. Nur Zahlen; was sie bedeuten, beurteilt Ihre Ärztin oder Ihr Arzt.</translation>
    </message>
    <message>
        <source>No lab results recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Laborwerte eingetragen.</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>No imaging recorded in this period.</source>
        <translation>In diesem Zeitraum wurde keine Bildgebung eingetragen.</translation>
    </message>
    <message>
        <source>Marked results (in bold, with “high”, “low” or “positive”) are outside the normal range; a range marked “usual” is the common adult one, as the report gave none.</source>
        <translation>Markierte Ergebnisse (fett, mit „hoch“, „niedrig“ oder „positiv“) liegen außerhalb des Normalbereichs; ein mit „üblich“ markierter Bereich ist der gängige für Erwachsene, weil der Befund keinen angab.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation>bis {high}</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>mindestens {low}</translation>
    </message>
    <message>
        <source>up to {high} (usual)</source>
        <translation>bis {high} (üblich)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>{value} on {day}</source>
        <translation>{value} am {day}</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Up {amount}</source>
        <translation>{amount} höher</translation>
    </message>
    <message>
        <source>Down {amount}</source>
        <translation>{amount} niedriger</translation>
    </message>
    <message>
        <source>Up {amount} ({percent} %)</source>
        <translation>{amount} höher ({percent} %)</translation>
    </message>
    <message>
        <source>Down {amount} ({percent} %)</source>
        <translation>{amount} niedriger ({percent} %)</translation>
    </message>
    <message>
        <source>{score} of 10 ({day})</source>
        <translation>{score} von 10 ({day})</translation>
    </message>
    <message>
        <source>Trend charts</source>
        <translation>Verlaufsdiagramme</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Labs and imaging</source>
        <translation>Labor und Bildgebung</translation>
    </message>
    <message>
        <source>Notes and questions</source>
        <translation>Notizen und Fragen</translation>
    </message>
    <message>
        <source>Medical context</source>
        <translation>Medizinische Angaben</translation>
    </message>
    <message>
        <source>{value}, one result</source>
        <translation>{value}, ein Ergebnis</translation>
    </message>
    <message>
        <source>{first} to {latest}, units differ</source>
        <translation>{first} bis {latest}, Einheiten verschieden</translation>
    </message>
    <message>
        <source>No pain rating recorded in this period.</source>
        <translation>In diesem Zeitraum wurde keine Schmerzstärke eingetragen.</translation>
    </message>
    <message>
        <source>No temperature recorded in this period.</source>
        <translation>In diesem Zeitraum wurde keine Temperatur eingetragen.</translation>
    </message>
    <message>
        <source>No morning stiffness recorded in this period.</source>
        <translation>In diesem Zeitraum wurde keine Morgensteifigkeit eingetragen.</translation>
    </message>
    <message>
        <source>No pain rating recorded on {missing} of {days} days.</source>
        <translation>An {missing} von {days} Tagen wurde keine Schmerzstärke eingetragen.</translation>
    </message>
    <message>
        <source>No temperature recorded on {missing} of {days} days.</source>
        <translation>An {missing} von {days} Tagen wurde keine Temperatur eingetragen.</translation>
    </message>
    <message>
        <source>No morning stiffness recorded on {missing} of {days} days.</source>
        <translation>An {missing} von {days} Tagen wurde keine Morgensteifigkeit eingetragen.</translation>
    </message>
    <message>
        <source>No check-in on {missing} of {days} days.</source>
        <translation>An {missing} von {days} Tagen kein Eintrag.</translation>
    </message>
    <message>
        <source>No weight recorded in this period.</source>
        <translation>In diesem Zeitraum wurde kein Gewicht eingetragen.</translation>
    </message>
    <message>
        <source>Patient-recorded; not a diagnosis</source>
        <translation>Von der Patientin oder dem Patienten eingetragen; keine Diagnose</translation>
    </message>
    <message>
        <source>No red flags in this period.</source>
        <translation>Keine Warnzeichen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>born {day}</source>
        <translation>geboren am {day}</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <source>A scale from 0 to 10</source>
        <translation>Eine Skala von 0 bis 10</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder nein</translation>
    </message>
    <message>
        <source>A number with a unit</source>
        <translation>Eine Zahl mit Einheit</translation>
    </message>
    <message>
        <source>Give the symptom a name, like “Jaw pain”.</source>
        <translation>Geben Sie der Beschwerde einen Namen, zum Beispiel „Kieferschmerzen“.</translation>
    </message>
    <message>
        <source>Keep the name under {count} characters.</source>
        <translation>Der Name sollte weniger als {count} Zeichen haben.</translation>
    </message>
    <message>
        <source>You tracked “{name}” before: bring it back from the list instead, so its past values join the new ones.</source>
        <translation>Sie haben „{name}“ schon einmal eingetragen: Holen Sie es lieber aus der Liste zurück, damit die früheren Werte zu den neuen kommen.</translation>
    </message>
    <message>
        <source>“{name}” is already in your check-in.</source>
        <translation>„{name}“ ist schon in Ihrem Eintrag.</translation>
    </message>
    <message>
        <source>Choose a scale, yes or no, or a number.</source>
        <translation>Wählen Sie eine Skala, Ja oder nein, oder eine Zahl.</translation>
    </message>
    <message>
        <source>Give the unit, like mmHg or steps.</source>
        <translation>Geben Sie die Einheit an, zum Beispiel mmHg oder Schritte.</translation>
    </message>
    <message>
        <source>The highest value must be above the lowest.</source>
        <translation>Der höchste Wert muss über dem niedrigsten liegen.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{metric} must be an ordinary number, like {example}.</source>
        <translation>{metric} muss eine gewöhnliche Zahl sein, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>{metric} is a whole number from 0 (none) to 10 (worst).</source>
        <translation>{metric} ist eine ganze Zahl von 0 (keine) bis 10 (am schlimmsten).</translation>
    </message>
    <message>
        <source>{metric} is yes or no.</source>
        <translation>{metric} ist ja oder nein.</translation>
    </message>
    <message>
        <source>{metric} must be between {low} and {high} {unit}.</source>
        <translation>{metric} muss zwischen {low} und {high} {unit} liegen.</translation>
    </message>
    <message>
        <source>The check-in time is in the future. Use the time it is now.</source>
        <translation>Die Zeit des Eintrags liegt in der Zukunft. Nehmen Sie die jetzige Uhrzeit.</translation>
    </message>
    <message>
        <source>“{key}” is not something this journal records.</source>
        <translation>„{key}“ ist nichts, was dieses Tagebuch erfasst.</translation>
    </message>
</context>
</TS>
