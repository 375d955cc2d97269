<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;ConvStep %1&lt;/h3&gt;&lt;p&gt;Convolution and transposed convolution, animated step by step.&lt;/p&gt;&lt;p&gt;Results follow PyTorch for integer padding and Keras for &apos;valid&apos; and &apos;same&apos;.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ConvStep %1&lt;/h3&gt;&lt;p&gt;Faltung und transponierte Faltung, Schritt für Schritt animiert.&lt;/p&gt;&lt;p&gt;Die Ergebnisse folgen PyTorch für ganzzahliges Padding und Keras für &apos;valid&apos; und &apos;same&apos;.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Erstellt mit %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Calculation</name>
    <message>
        <source>%1 × K → rows %2, columns %3</source>
        <translation>%1 × K → Zeilen %2, Spalten %3</translation>
    </message>
    <message>
        <source>%1 → rows %2, columns %3</source>
        <translation>%1 → Zeilen %2, Spalten %3</translation>
    </message>
    <message numerus="yes">
        <source>%1; 0 → the other %n cells</source>
        <comment>%1; 0 → the other %n cell</comment>
        <translation>
            <numerusform>%1; 0 → die andere %n Zelle</numerusform>
            <numerusform>%1; 0 → die anderen %n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Output %1 = </source>
        <translation>Ausgabe %1 = </translation>
    </message>
    <message>
        <source>max(the %1 values) = %2 at %3</source>
        <translation>max(die %1 Werte) = %2 bei %3</translation>
    </message>
    <message>
        <source>max(%1) = %2 at %3</source>
        <translation>max(%1) = %2 bei %3</translation>
    </message>
    <message>
        <source>every cell + %1</source>
        <translation>jede Zelle + %1</translation>
    </message>
    <message>
        <source>(+ %1 more products = %2)</source>
        <translation>(+ %1 weitere Produkte = %2)</translation>
    </message>
    <message>
        <source>(%1 products = %2)</source>
        <translation>(%1 Produkte = %2)</translation>
    </message>
    <message>
        <source>every cell of output channel c + bias[c]</source>
        <translation>jede Zelle des Ausgabekanals c + bias[c]</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>cannot write to standard output</source>
        <translation>kann nicht in die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>direct, zero-insertion, matrix, backward-input or backward-kernel (default: the lesson&apos;s view, else direct).</source>
        <translation>direct, zero-insertion, matrix, backward-input oder backward-kernel (Standard: die Ansicht der Lektion, sonst direct).</translation>
    </message>
    <message>
        <source>--view must be direct, zero-insertion, matrix, backward-input or backward-kernel, got &quot;%1&quot;</source>
        <translation>--view muss direct, zero-insertion, matrix, backward-input oder backward-kernel sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Problem JSON file, - for stdin, or a lesson id.</source>
        <translation>Problem-JSON-Datei, - für stdin, oder eine Lektions-ID.</translation>
    </message>
    <message>
        <source>Prints every step of a problem in one view as JSON (docs/formats.md).</source>
        <translation>Gibt jeden Schritt eines Problems in einer Ansicht als JSON aus (docs/formats.md).</translation>
    </message>
    <message>
        <source>Prints a lesson&apos;s steps as readable text (default: the built-in default lesson).</source>
        <translation>Gibt die Schritte einer Lektion als lesbaren Text aus (Standard: die eingebaute Standardlektion).</translation>
    </message>
    <message>
        <source>Lesson or problem JSON file, - for stdin, or a lesson id (see &apos;lessons&apos;).</source>
        <translation>Lektions- oder Problem-JSON-Datei, - für stdin, oder eine Lektions-ID (siehe &apos;lessons&apos;).</translation>
    </message>
    <message>
        <source>Lists the built-in lessons: id and title.</source>
        <translation>Listet die eingebauten Lektionen auf: ID und Titel.</translation>
    </message>
    <message>
        <source>&apos;lessons&apos; takes no arguments</source>
        <translation>&apos;lessons&apos; nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>Prints a Python script that reproduces a problem in PyTorch or Keras.</source>
        <translation>Gibt ein Python-Skript aus, das ein Problem in PyTorch oder Keras nachbildet.</translation>
    </message>
    <message>
        <source>pytorch or keras (default: pytorch).</source>
        <translation>pytorch oder keras (Standard: pytorch).</translation>
    </message>
    <message>
        <source>--framework must be pytorch or keras, got &quot;%1&quot;</source>
        <translation>--framework muss pytorch oder keras sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Random seed, 0 to 18446744073709551615 (default 1): the same seed and options give the same exercises on every machine.</source>
        <translation>Zufalls-Seed, 0 bis 18446744073709551615 (Standard 1): Derselbe Seed und dieselben Optionen ergeben auf jedem Rechner dieselben Übungen.</translation>
    </message>
    <message>
        <source>Number of exercises, 1 to %1 (default 10).</source>
        <translation>Anzahl der Übungen, 1 bis %1 (Standard 10).</translation>
    </message>
    <message>
        <source>1 (conv2d, stride 1, no padding, up to 5×5), 2 (strides, padding, transposed) or 3 (dilation, Keras &apos;same&apos;, output padding, rectangles); default 2.</source>
        <translation>1 (conv2d, Schrittweite 1, kein Padding, bis 5×5), 2 (Schrittweiten, Padding, transponiert) oder 3 (Dilatation, Keras &apos;same&apos;, Output-Padding, Rechtecke); Standard 2.</translation>
    </message>
    <message>
        <source>Comma-separated: value, reach, shape, recipe (default: every kind the level has; level 1 has no reach or recipe). The exercises take them in turn.</source>
        <translation>Kommagetrennt: value, reach, shape, recipe (Standard: alle Arten der Stufe; Stufe 1 hat weder reach noch recipe). Die Übungen kommen abwechselnd an die Reihe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments, got &quot;%2&quot;</source>
        <translation>&apos;%1&apos; nimmt keine Argumente an, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, got &quot;%1&quot;</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 18446744073709551615 sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--count muss eine ganze Zahl von 1 bis %1 sein, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--level must be 1, 2 or 3, got &quot;%1&quot;</source>
        <translation>--level muss 1, 2 oder 3 sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--kinds must name at least one of value, reach, shape and recipe</source>
        <translation>--kinds muss mindestens eine der Arten value, reach, shape und recipe nennen</translation>
    </message>
    <message>
        <source>--kinds: unknown kind &quot;%1&quot;; the kinds are value, reach, shape and recipe</source>
        <translation>--kinds: unbekannte Art &quot;%1&quot;; die Arten sind value, reach, shape und recipe</translation>
    </message>
    <message>
        <source>Prints random exercises, one JSON object per line: {&quot;kind&quot;, &quot;problem&quot;, &quot;question&quot;, &quot;answer&quot;} (docs/formats.md). Small integers only, for working by hand.
Example: convstep-cli exercises --seed 7 --count 4 --level 3 --kinds value,reach</source>
        <translation>Gibt zufällige Übungen aus, ein JSON-Objekt pro Zeile: {&quot;kind&quot;, &quot;problem&quot;, &quot;question&quot;, &quot;answer&quot;} (docs/formats.md). Nur kleine ganze Zahlen, zum Rechnen von Hand.
Beispiel: convstep-cli exercises --seed 7 --count 4 --level 3 --kinds value,reach</translation>
    </message>
    <message>
        <source>Output file, or folder for png/svg frames (required).</source>
        <translation>Ausgabedatei oder Ordner für PNG-/SVG-Frames (erforderlich).</translation>
    </message>
    <message>
        <source>gif, mp4, webm, png, svg or pdf (default: from the output&apos;s extension, else gif).</source>
        <translation>gif, mp4, webm, png, svg oder pdf (Standard: nach der Endung der Ausgabe, sonst gif).</translation>
    </message>
    <message>
        <source>Frame size in pixels, WIDTHxHEIGHT (default 800x600; even for video).</source>
        <translation>Framegröße in Pixeln, BREITExHÖHE (Standard 800x600; gerade Werte für Video).</translation>
    </message>
    <message>
        <source>Frames per second, 1 to 60 (default 2: one step per frame; with --smooth 12).</source>
        <translation>Frames pro Sekunde, 1 bis 60 (Standard 2: ein Schritt pro Frame; mit --smooth 12).</translation>
    </message>
    <message>
        <source>light, dark or contrast (default light).</source>
        <translation>light, dark oder contrast (Standard light).</translation>
    </message>
    <message>
        <source>Steps to export, 1-based and inclusive as the program shows them (&quot;Step 7 of 16&quot;): FROM:TO, FROM:, :TO or one step N (default: all).</source>
        <translation>Zu exportierende Schritte, ab 1 gezählt und einschließlich, wie das Programm sie anzeigt (&quot;Schritt 7 von 16&quot;): FROM:TO, FROM:, :TO oder ein einzelner Schritt N (Standard: alle).</translation>
    </message>
    <message>
        <source>In-between frames: each step glides for half a second, then rests for half.</source>
        <translation>Zwischenframes: Jeder Schritt gleitet eine halbe Sekunde lang und ruht dann eine halbe.</translation>
    </message>
    <message>
        <source>Extra seconds on the first and the last frame (default 0).</source>
        <translation>Zusätzliche Sekunden auf dem ersten und dem letzten Frame (Standard 0).</translation>
    </message>
    <message>
        <source>pdf: steps per page, 1 to 16, in a grid (default 1).</source>
        <translation>pdf: Schritte pro Seite, 1 bis 16, in einem Raster (Standard 1).</translation>
    </message>
    <message>
        <source>Enlarge the stage&apos;s text, 0.5 to 3 (default 1).</source>
        <translation>Den Text der Bühne vergrößern, 0.5 bis 3 (Standard 1).</translation>
    </message>
    <message>
        <source>Replace an existing output file, or a folder of earlier frames.</source>
        <translation>Eine vorhandene Ausgabedatei oder einen Ordner früherer Frames ersetzen.</translation>
    </message>
    <message>
        <source>Leave out the narration and arithmetic under the grids.</source>
        <translation>Erzählung und Rechnung unter den Rastern weglassen.</translation>
    </message>
    <message>
        <source>Print nothing on success.</source>
        <translation>Bei Erfolg nichts ausgeben.</translation>
    </message>
    <message>
        <source>missing the output: -o PATH</source>
        <translation>die Ausgabe fehlt: -o PATH</translation>
    </message>
    <message>
        <source>--format must be gif, mp4, webm, png, svg or pdf, got &quot;%1&quot;</source>
        <translation>--format muss gif, mp4, webm, png, svg oder pdf sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a number, got &quot;%2&quot;</source>
        <translation>--%1 muss eine Zahl sein, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--fps must be a whole number, got &quot;%1&quot;</source>
        <translation>--fps muss eine ganze Zahl sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--theme must be light, dark or contrast, got &quot;%1&quot;</source>
        <translation>--theme muss light, dark oder contrast sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--per-page must be a whole number</source>
        <translation>--per-page muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>interrupted; nothing was written</source>
        <translation>unterbrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Lesson or problem JSON file, - for stdin, or a lesson id.</source>
        <translation>Lektions- oder Problem-JSON-Datei, - für stdin, oder eine Lektions-ID.</translation>
    </message>
    <message>
        <source>missing the lesson (a file, - for stdin, or a lesson id)</source>
        <translation>die Lektion fehlt (eine Datei, - für stdin, oder eine Lektions-ID)</translation>
    </message>
    <message>
        <source>expected one lesson, got %1</source>
        <translation>eine Lektion erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>Exports every built-in lesson into one folder (created when missing), each named after its id: &lt;id&gt;.gif, or a folder &lt;id&gt;/ of frames. Takes export&apos;s options except --steps; a lesson that cannot be shown in --view uses its own view.</source>
        <translation>Exportiert jede eingebaute Lektion in einen Ordner (wird bei Bedarf angelegt), jeweils nach ihrer ID benannt: &lt;id&gt;.gif oder ein Ordner &lt;id&gt;/ mit Frames. Nimmt die Optionen von export außer --steps an; eine Lektion, die sich nicht in --view zeigen lässt, verwendet ihre eigene Ansicht.</translation>
    </message>
    <message>
        <source>&apos;gallery&apos; takes no lesson; it exports every built-in lesson</source>
        <translation>&apos;gallery&apos; nimmt keine Lektion an; es exportiert jede eingebaute Lektion</translation>
    </message>
    <message>
        <source>--upstream applies only to the backward views (backward-input, backward-kernel), not %1</source>
        <translation>--upstream gilt nur für die Rückwärtsansichten (backward-input, backward-kernel), nicht für %1</translation>
    </message>
    <message>
        <source>the problem and --upstream cannot both be - (standard input)</source>
        <translation>das Problem und --upstream können nicht beide - (Standardeingabe) sein</translation>
    </message>
    <message>
        <source>Prints {&quot;grad_bias&quot;: b, &quot;grad_input&quot;: [[…]], &quot;grad_kernel&quot;: [[…]]}: the gradient of L through a conv2d or conv_transpose2d, given ∂L/∂y (default all ones).</source>
        <translation>Gibt {&quot;grad_bias&quot;: b, &quot;grad_input&quot;: [[…]], &quot;grad_kernel&quot;: [[…]]} aus: den Gradienten von L durch eine conv2d oder conv_transpose2d, gegeben ∂L/∂y (Standard: alles Einsen).</translation>
    </message>
    <message>
        <source>grad applies to conv2d and conv_transpose2d; %1 has no kernel</source>
        <translation>grad gilt für conv2d und conv_transpose2d; %1 hat keinen Kernel</translation>
    </message>
    <message>
        <source>missing the problem file (use - for stdin)</source>
        <translation>die Problemdatei fehlt (- für stdin verwenden)</translation>
    </message>
    <message>
        <source>expected one problem file, got %1</source>
        <translation>eine Problemdatei erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>ConvStep on the command line: convolution, transposed convolution and upsampling, step by step.</source>
        <translation>ConvStep auf der Kommandozeile: Faltung, transponierte Faltung und Upsampling, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>print the output grid as JSON</source>
        <translation>das Ausgaberaster als JSON ausgeben</translation>
    </message>
    <message>
        <source>print every step as JSON</source>
        <translation>jeden Schritt als JSON ausgeben</translation>
    </message>
    <message>
        <source>print the gradient of the input, kernel and bias as JSON</source>
        <translation>den Gradienten von Eingabe, Kernel und Bias als JSON ausgeben</translation>
    </message>
    <message>
        <source>train a learned upsampler; print the loss of every step</source>
        <translation>einen gelernten Upsampler trainieren; den Loss jedes Schritts ausgeben</translation>
    </message>
    <message>
        <source>print every step as readable text</source>
        <translation>jeden Schritt als lesbaren Text ausgeben</translation>
    </message>
    <message>
        <source>list the built-in lessons</source>
        <translation>die eingebauten Lektionen auflisten</translation>
    </message>
    <message>
        <source>print a Python script reproducing the problem</source>
        <translation>ein Python-Skript ausgeben, das das Problem nachbildet</translation>
    </message>
    <message>
        <source>print random exercises with answers, one JSON per line</source>
        <translation>zufällige Übungen mit Lösungen ausgeben, ein JSON pro Zeile</translation>
    </message>
    <message>
        <source>write an animation (gif, mp4, webm), frames (png, svg) or a pdf handout</source>
        <translation>eine Animation (gif, mp4, webm), Frames (png, svg) oder ein PDF-Handout schreiben</translation>
    </message>
    <message>
        <source>export every built-in lesson</source>
        <translation>jede eingebaute Lektion exportieren</translation>
    </message>
    <message>
        <source>the same exercises as a printable PDF with an answer key</source>
        <translation>dieselben Übungen als druckbares PDF mit Lösungsschlüssel</translation>
    </message>
    <message>
        <source>Run &apos;convstep-cli COMMAND --help&apos; for a command&apos;s options. Exit status: 0 success, 1 a file could not be read or written, 2 a usage error or an invalid problem.</source>
        <translation>&apos;convstep-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls. Exit-Status: 0 Erfolg, 1 eine Datei konnte nicht gelesen oder geschrieben werden, 2 ein Bedienungsfehler oder ein ungültiges Problem.</translation>
    </message>
    <message>
        <source>--lang needs a language: en, de, es or zh_CN</source>
        <translation>--lang braucht eine Sprache: en, de, es oder zh_CN</translation>
    </message>
    <message>
        <source>--lang must be en, de, es or zh_CN, got &quot;%1&quot;</source>
        <translation>--lang muss en, de, es oder zh_CN sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Language of the messages and the help: en, de, es or zh_CN (default: the system&apos;s).</source>
        <translation>Sprache der Meldungen und der Hilfe: en, de, es oder zh_CN (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>missing command; try &apos;convstep-cli --help&apos;</source>
        <translation>Befehl fehlt; siehe &apos;convstep-cli --help&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;convstep-cli --help&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;; siehe &apos;convstep-cli --help&apos;</translation>
    </message>
    <message>
        <source>%1, scale %2</source>
        <translation>%1, Skalierung %2</translation>
    </message>
    <message>
        <source>%1, scale %2, align_corners %3</source>
        <translation>%1, Skalierung %2, align_corners %3</translation>
    </message>
    <message>
        <source>%1, stride %2, dilation %3, padding %4</source>
        <translation>%1, Schrittweite %2, Dilatation %3, Padding %4</translation>
    </message>
    <message>
        <source>%1, output_padding %2</source>
        <translation>%1, output_padding %2</translation>
    </message>
    <message>
        <source>%1, bias %2</source>
        <translation>%1, Bias %2</translation>
    </message>
    <message>
        <source>Output size: %1</source>
        <translation>Ausgabegröße: %1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Upstream gradient ∂L/∂y</source>
        <translation>Upstream-Gradient ∂L/∂y</translation>
    </message>
    <message>
        <source>Step %1 of %2 [%3] %4</source>
        <translation>Schritt %1 von %2 [%3] %4</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Trains a transposed convolution or a resize-convolution to upsample the block means of an image back to the image (SGD on the mean squared error, float64). Prints {&quot;loss&quot;: L, &quot;step&quot;: n} for n = 0 … steps, then {&quot;bias&quot;, &quot;kernel&quot;, &quot;output&quot;}.</source>
        <translation>Trainiert eine transponierte Faltung oder eine Resize-Faltung, um die Blockmittelwerte eines Bildes wieder auf das Bild hochzurechnen (SGD auf dem mittleren quadratischen Fehler, float64). Gibt {&quot;loss&quot;: L, &quot;step&quot;: n} für n = 0 … steps aus, dann {&quot;bias&quot;, &quot;kernel&quot;, &quot;output&quot;}.</translation>
    </message>
    <message>
        <source>Training spec JSON file (docs/formats.md), or -.</source>
        <translation>Trainingsspezifikation als JSON-Datei (docs/formats.md) oder -.</translation>
    </message>
    <message>
        <source>missing the training spec file (use - for stdin)</source>
        <translation>die Trainingsspezifikation fehlt (- für stdin verwenden)</translation>
    </message>
    <message>
        <source>expected one spec file, got %1</source>
        <translation>eine Spezifikationsdatei erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>the loss is no longer finite after %1 steps: learning_rate %2 is too large for this image and kernel</source>
        <translation>der Loss ist nach %1 Schritten nicht mehr endlich: learning_rate %2 ist für dieses Bild und diesen Kernel zu groß</translation>
    </message>
    <message>
        <source>Writes the exercises &apos;exercises&apos; prints for the same options as a printable A4 PDF: each question with its grids and an empty answer box, then an answer key. The file appears only when complete.
Example: convstep-cli worksheet --level 1 -o sheet.pdf</source>
        <translation>Schreibt die Übungen, die &apos;exercises&apos; für dieselben Optionen ausgibt, als druckbares A4-PDF: jede Frage mit ihren Rastern und einem leeren Antwortfeld, danach ein Lösungsschlüssel. Die Datei erscheint erst, wenn sie vollständig ist.
Beispiel: convstep-cli worksheet --level 1 -o sheet.pdf</translation>
    </message>
    <message>
        <source>The PDF file to write (required).</source>
        <translation>Die zu schreibende PDF-Datei (erforderlich).</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Eine vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <source>missing the output: -o FILE.pdf</source>
        <translation>die Ausgabe fehlt: -o FILE.pdf</translation>
    </message>
    <message>
        <source>ConvStep worksheet</source>
        <translation>ConvStep-Arbeitsblatt</translation>
    </message>
    <message>
        <source>Prints {&quot;output&quot;: [[…]], &quot;output_shape&quot;: [H, W]} for a problem; with channels [C][H][W] and [C, H, W].</source>
        <translation>Gibt {&quot;output&quot;: [[…]], &quot;output_shape&quot;: [H, W]} für ein Problem aus; mit Kanälen [C][H][W] und [C, H, W].</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4%)</source>
        <translation>%1 %2 von %3 (%4%)</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>, about %1 min left</source>
        <translation>, noch etwa %1 min</translation>
    </message>
    <message>
        <source>Only every n-th of those steps, counted from the first, and the last.</source>
        <translation>Nur jeden n-ten dieser Schritte, vom ersten an gezählt, und den letzten.</translation>
    </message>
    <message>
        <source>Only the first and the last step of each phase (pad, slide, crop, …).</source>
        <translation>Nur den ersten und den letzten Schritt jeder Phase (auffüllen, gleiten, zuschneiden, …).</translation>
    </message>
    <message>
        <source>Only the finished state (the last step) as one PNG file: -o NAME.png.</source>
        <translation>Nur den fertigen Zustand (den letzten Schritt) als eine PNG-Datei: -o NAME.png.</translation>
    </message>
    <message>
        <source>Matrix view: write C with the kernel&apos;s weight names (w₀₀, w₀₁, …) and x, y with indexed names (x₀, y₀, …) instead of numbers.</source>
        <translation>Matrixansicht: C mit den Gewichtsnamen des Kernels (w₀₀, w₀₁, …) und x, y mit indizierten Namen (x₀, y₀, …) statt mit Zahlen schreiben.</translation>
    </message>
    <message>
        <source>--every, --phases and --final each choose the steps; give one of them</source>
        <translation>--every, --phases und --final wählen jeweils die Schritte; nur eine davon angeben</translation>
    </message>
    <message>
        <source>--every must be a whole number of steps, 1 or more, got &quot;%1&quot;</source>
        <translation>--every muss eine ganze Zahl von Schritten sein, 1 oder mehr, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Exports a lesson&apos;s steps as an animated GIF, an MP4 or WebM video, a folder of PNG or SVG frames (frame-0001.png, …) or a PDF handout. Every frame is the stage as the program draws it. The output appears only when complete. The backward views start from --upstream FILE, else the lesson&apos;s &quot;upstream&quot;, else all ones.
Example: convstep-cli export article-convolution -o conv.gif --steps 1:4 --smooth</source>
        <translation>Exportiert die Schritte einer Lektion als animiertes GIF, als MP4- oder WebM-Video, als Ordner mit PNG- oder SVG-Frames (frame-0001.png, …) oder als PDF-Handout. Jeder Frame zeigt die Bühne so, wie das Programm sie zeichnet. Die Ausgabe erscheint erst, wenn sie vollständig ist. Die Rückwärtsansichten beginnen mit --upstream FILE, sonst mit dem &quot;upstream&quot; der Lektion, sonst mit lauter Einsen.
Beispiel: convstep-cli export article-convolution -o conv.gif --steps 1:4 --smooth</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>JSON file {&quot;upstream&quot;: [[…]]}: ∂L/∂y, shaped like the output, for the gradient (default: the lesson&apos;s &quot;upstream&quot;, else all ones, L = the sum of the outputs).</source>
        <translation>JSON-Datei {&quot;upstream&quot;: [[…]]}: ∂L/∂y, geformt wie die Ausgabe, für den Gradienten (Standard: das &quot;upstream&quot; der Lektion, sonst lauter Einsen, L = die Summe der Ausgaben).</translation>
    </message>
    <message>
        <source>grad differentiates a problem of one channel; this one has channel axes (a 3-D input or a 4-D kernel)</source>
        <translation>grad leitet ein Problem mit einem Kanal ab; dieses hat Kanalachsen (eine 3-D-Eingabe oder einen 4-D-Kernel)</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n pages, %2</source>
        <comment>wrote %1: %n page, %2</comment>
        <translation>
            <numerusform>%1 geschrieben: %n Seite, %2</numerusform>
            <numerusform>%1 geschrieben: %n Seiten, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n frames, %2</source>
        <comment>wrote %1: %n frame, %2</comment>
        <translation>
            <numerusform>%1 geschrieben: %n Bild, %2</numerusform>
            <numerusform>%1 geschrieben: %n Bilder, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>View: %1, %n steps</source>
        <comment>View: %1, %n step</comment>
        <translation>
            <numerusform>Ansicht: %1, %n Schritt</numerusform>
            <numerusform>Ansicht: %1, %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Level %1 · seed %2 · %n exercises</source>
        <comment>Level %1 · seed %2 · %n exercise</comment>
        <translation>
            <numerusform>Stufe %1 · Seed %2 · %n Aufgabe</numerusform>
            <numerusform>Stufe %1 · Seed %2 · %n Aufgaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>stride %1</source>
        <translation>Schrittweite %1</translation>
    </message>
    <message>
        <source>dilation %1</source>
        <translation>Dilatation %1</translation>
    </message>
    <message>
        <source>padding &apos;%1&apos; (Keras)</source>
        <translation>Padding &apos;%1&apos; (Keras)</translation>
    </message>
    <message>
        <source>no padding</source>
        <translation>kein Padding</translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation>Padding %1</translation>
    </message>
    <message>
        <source>output padding %1</source>
        <translation>Output-Padding %1</translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation>Bias %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of settings</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A %1: what is output cell %2? Rows and columns count from 0.</source>
        <translation>%1: Welchen Wert hat die Ausgabezelle %2? Zeilen und Spalten werden ab 0 gezählt.</translation>
    </message>
    <message>
        <source>A %1: which output cells receive a product of input cell %2? Rows and columns count from 0.</source>
        <translation>%1: Welche Ausgabezellen erhalten ein Produkt der Eingabezelle %2? Zeilen und Spalten werden ab 0 gezählt.</translation>
    </message>
    <message>
        <source>A %1: what is the output&apos;s shape, rows × columns?</source>
        <translation>%1: Welche Form hat die Ausgabe, Zeilen × Spalten?</translation>
    </message>
    <message>
        <source>A %1: rewrite it as a stride-1 convolution with the kernel turned 180°. How many zeros go between neighbouring input rows, and between columns? How many rows or columns of zeros pad the top, bottom, left and right?</source>
        <translation>%1: Als Faltung mit Schrittweite 1 und um 180° gedrehtem Kernel umschreiben. Wie viele Nullen kommen zwischen benachbarte Eingabezeilen und wie viele zwischen die Spalten? Wie viele Zeilen oder Spalten mit Nullen füllen oben, unten, links und rechts auf?</translation>
    </message>
    <message>
        <source>level must be 1, 2 or 3, got %1</source>
        <translation>level muss 1, 2 oder 3 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>count must be 1 to %1, got %2</source>
        <translation>count muss 1 bis %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <source>kinds lists %1 twice</source>
        <translation>kinds nennt %1 zweimal</translation>
    </message>
    <message>
        <source>kinds: %1 is about transposed convolutions, which level %2 does not have (use level 2 or 3)</source>
        <translation>kinds: %1 betrifft transponierte Faltungen, die Stufe %2 nicht enthält (Stufe 2 oder 3 verwenden)</translation>
    </message>
    <message>
        <source>%1 (%2) of the %3 input with the %4 kernel</source>
        <translation>%1 (%2) der %3-Eingabe mit dem %4-Kernel</translation>
    </message>
    <message>
        <source>output %1 = %2</source>
        <translation>Ausgabe %1 = %2</translation>
    </message>
    <message>
        <source>input %1 reaches no output cell</source>
        <translation>Eingabe %1 erreicht keine Ausgabezelle</translation>
    </message>
    <message>
        <source>input %1 reaches %2</source>
        <translation>Eingabe %1 erreicht %2</translation>
    </message>
    <message>
        <source>output shape %1</source>
        <translation>Ausgabeform %1</translation>
    </message>
    <message numerus="yes">
        <source>insert %n zeros between rows and %1 between columns; pad top %2, bottom %3, left %4, right %5</source>
        <comment>insert %n zero between rows and %1 between columns; pad top %2, bottom %3, left %4, right %5</comment>
        <translation>
            <numerusform>%n Null zwischen die Zeilen und %1 zwischen die Spalten einfügen; oben %2, unten %3, links %4, rechts %5 auffüllen</numerusform>
            <numerusform>%n Nullen zwischen die Zeilen und %1 zwischen die Spalten einfügen; oben %2, unten %3, links %4, rechts %5 auffüllen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, such as 800x600, got &quot;%1&quot;</source>
        <translation>--size muss BREITExHÖHE in Pixeln sein, etwa 800x600, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--size: each side must be %1 to %2 pixels, got %3x%4</source>
        <translation>--size: jede Seite muss %1 bis %2 Pixel groß sein, erhalten: %3x%4</translation>
    </message>
    <message>
        <source>--steps must be FROM:TO (1-based, both included), FROM:, :TO or one step number, got &quot;%1&quot;</source>
        <translation>--steps muss FROM:TO (ab 1 gezählt, beide einschließlich), FROM:, :TO oder eine einzelne Schrittnummer sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--steps counts from 1, got &quot;%1&quot;</source>
        <translation>--steps zählt ab 1, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--steps: FROM must not be after TO, got &quot;%1&quot;</source>
        <translation>--steps: FROM darf nicht nach TO liegen, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--steps %1:%2 is outside the lesson&apos;s steps 1:%3</source>
        <translation>--steps %1:%2 liegt außerhalb der Schritte 1:%3 der Lektion</translation>
    </message>
    <message>
        <source>no output path (-o PATH)</source>
        <translation>kein Ausgabepfad (-o PATH)</translation>
    </message>
    <message>
        <source>--size: each side must be %1 to %2 pixels</source>
        <translation>--size: jede Seite muss %1 bis %2 Pixel groß sein</translation>
    </message>
    <message>
        <source>--fps must be 1 to %1, got %2</source>
        <translation>--fps muss 1 bis %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <source>--hold must be 0 to %1 seconds</source>
        <translation>--hold muss 0 bis %1 Sekunden sein</translation>
    </message>
    <message>
        <source>--per-page must be 1 to %1, got %2</source>
        <translation>--per-page muss 1 bis %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <source>font scale must be 0.5 to 3</source>
        <translation>die Schriftskalierung muss 0.5 bis 3 sein</translation>
    </message>
    <message>
        <source>%1 needs an even width and height (yuv420p), got %2x%3; try %4x%5</source>
        <translation>%1 braucht eine gerade Breite und Höhe (yuv420p), erhalten: %2x%3; etwa %4x%5 verwenden</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot reopen %1: %2</source>
        <translation>%1 kann nicht erneut geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 already exists (use --overwrite to replace it)</source>
        <translation>%1 existiert bereits (mit --overwrite ersetzen)</translation>
    </message>
    <message>
        <source>cannot write in folder %1: %2</source>
        <translation>im Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>nothing to commit for %1</source>
        <translation>nichts festzuschreiben für %1</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>folder %1 is not empty (use --overwrite to replace its frames)</source>
        <translation>Ordner %1 ist nicht leer (mit --overwrite seine Frames ersetzen)</translation>
    </message>
    <message>
        <source>folder %1 holds files other than frames; not replacing it</source>
        <translation>Ordner %1 enthält andere Dateien als Frames; er wird nicht ersetzt</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot start the GIF (%1)</source>
        <translation>das GIF kann nicht begonnen werden (%1)</translation>
    </message>
    <message>
        <source>cannot write the GIF header</source>
        <translation>der GIF-Header kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write the GIF loop extension</source>
        <translation>die GIF-Loop-Erweiterung kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>GIF frame of the wrong size or format</source>
        <translation>GIF-Frame mit falscher Größe oder falschem Format</translation>
    </message>
    <message>
        <source>cannot write GIF frame %1</source>
        <translation>GIF-Frame %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the GIF was never started</source>
        <translation>das GIF wurde nie begonnen</translation>
    </message>
    <message>
        <source>cannot finish the GIF (%1)</source>
        <translation>das GIF kann nicht abgeschlossen werden (%1)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation>das SVG kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>%1 · input %2 · kernel %3 · stride %4 · dilation %5 · padding %6</source>
        <translation>%1 · Eingabe %2 · Kernel %3 · Schrittweite %4 · Dilatation %5 · Padding %6</translation>
    </message>
    <message>
        <source>%1 · output padding %2</source>
        <translation>%1 · Output-Padding %2</translation>
    </message>
    <message>
        <source>%1 · bias %2</source>
        <translation>%1 · Bias %2</translation>
    </message>
    <message>
        <source>ConvStep lesson</source>
        <translation>ConvStep-Lektion</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Ausgabegröße</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Output size: %1</source>
        <translation>Ausgabegröße: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>yuv420p video needs an even width and height</source>
        <translation>yuv420p-Video braucht eine gerade Breite und Höhe</translation>
    </message>
    <message>
        <source>cannot set up the %1 container: %2</source>
        <translation>der %1-Container kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>no %1 encoder in this FFmpeg</source>
        <translation>kein %1-Encoder in diesem FFmpeg</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>cannot start the %1 encoder: %2</source>
        <translation>der %1-Encoder kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cannot set up the colour conversion</source>
        <translation>die Farbumwandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>video frame of the wrong size</source>
        <translation>Videoframe mit falscher Größe</translation>
    </message>
    <message>
        <source>the video was never started</source>
        <translation>das Video wurde nie begonnen</translation>
    </message>
    <message>
        <source>value</source>
        <comment>an exercise asking for an output value</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>reach</source>
        <comment>an exercise asking which outputs an input reaches</comment>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>shape</source>
        <comment>an exercise asking for the output shape</comment>
        <translation>Form</translation>
    </message>
    <message>
        <source>recipe</source>
        <comment>an exercise asking for the zero-insertion recipe</comment>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Write each answer in its box. Rows and columns count from 0, top left; a kernel is used as PyTorch and Keras use it. The answer key follows the last exercise.</source>
        <translation>Jede Antwort in ihr Feld schreiben. Zeilen und Spalten werden ab 0 gezählt, von oben links; ein Kernel wird so verwendet, wie PyTorch und Keras ihn verwenden. Der Lösungsschlüssel folgt nach der letzten Übung.</translation>
    </message>
    <message>
        <source>Exercise %1 · %2</source>
        <translation>Übung %1 · %2</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Lösungsschlüssel</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <comment>an answer key line: number, kind, answer</comment>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>ConvStep</source>
        <translation>ConvStep</translation>
    </message>
    <message>
        <source>no exercises</source>
        <translation>keine Übungen</translation>
    </message>
    <message>
        <source>ConvStep worksheet</source>
        <translation>ConvStep-Arbeitsblatt</translation>
    </message>
    <message>
        <source>--every must be at least 1, got %1</source>
        <translation>--every muss mindestens 1 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>--final writes one PNG file, not %1: use -o NAME.png</source>
        <translation>--final schreibt eine PNG-Datei, nicht %1: -o NAME.png verwenden</translation>
    </message>
    <message>
        <source>--final writes one picture of the last step; leave out --smooth</source>
        <translation>--final schreibt ein Bild des letzten Schritts; --smooth weglassen</translation>
    </message>
    <message>
        <source>video export needs FFmpeg&apos;s lib%1 (version %2): %3</source>
        <translation>der Videoexport braucht lib%1 von FFmpeg (Version %2): %3</translation>
    </message>
    <message>
        <source>this FFmpeg has no %1</source>
        <translation>diesem FFmpeg fehlt %1</translation>
    </message>
    <message>
        <source>View: %1 · steps %2 to %3 of %4</source>
        <translation>Ansicht: %1 · Schritte %2 bis %3 von %4</translation>
    </message>
    <message>
        <source> · output %1</source>
        <translation> · Ausgabe %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>an ordinal number: the 2nd</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>jeder Schritt</translation>
    </message>
    <message>
        <source>every %1 step, and the last</source>
        <extracomment>%1 is an ordinal number as the language writes it: &quot;2nd&quot;, &quot;2.&quot;, &quot;第2&quot;</extracomment>
        <translation>jeder %1 Schritt und der letzte</translation>
    </message>
    <message>
        <source>the first and the last step of each phase</source>
        <translation>der erste und der letzte Schritt jeder Phase</translation>
    </message>
    <message>
        <source>the last step</source>
        <translation>der letzte Schritt</translation>
    </message>
    <message numerus="yes">
        <source>%n steps follow, %1 to a page.</source>
        <comment>%n step follows, %1 to a page.</comment>
        <translation>
            <numerusform>Es folgt %n Schritt, %1 pro Seite.</numerusform>
            <numerusform>Es folgen %n Schritte, %1 pro Seite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>%1; crop %2 in total: %3 before, %4 after (TensorFlow puts the odd one after)</source>
        <translation>%1; insgesamt %2 zuschneiden: %3 davor, %4 danach (TensorFlow legt den ungeraden Rest nach hinten)</translation>
    </message>
    <message>
        <source>%1; padding %2 in total: %3 before, %4 after (TensorFlow puts the odd one after)</source>
        <translation>%1; insgesamt %2 Padding: %3 davor, %4 danach (TensorFlow legt den ungeraden Rest nach hinten)</translation>
    </message>
    <message>
        <source>%1; crop %2 in total: %3 before, %4 after</source>
        <translation>%1; insgesamt %2 zuschneiden: %3 davor, %4 danach</translation>
    </message>
    <message>
        <source>%1; padding %2 in total: %3 before, %4 after</source>
        <translation>%1; insgesamt %2 Padding: %3 davor, %4 danach</translation>
    </message>
    <message numerus="yes">
        <source>%1; nothing to crop: the canvas is only %2 long, so %n zeros are added after</source>
        <comment>%1; nothing to crop: the canvas is only %2 long, so %n zero is added after</comment>
        <translation>
            <numerusform>%1; nichts zuzuschneiden: Die Leinwand ist nur %2 lang, daher wird danach %n Null angefügt</numerusform>
            <numerusform>%1; nichts zuzuschneiden: Die Leinwand ist nur %2 lang, daher werden danach %n Nullen angefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>pooled ⌊i/s⌋ = ⌊%1/%2⌋ = %3, output o = pooled·s = %3·%2 = %4</source>
        <translation>gepoolt ⌊i/s⌋ = ⌊%1/%2⌋ = %3, Ausgabe o = gepoolt·s = %3·%2 = %4</translation>
    </message>
    <message>
        <source>rows: %1
columns: %2</source>
        <translation>Zeilen: %1
Spalten: %2</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Language: en, de, es or zh_CN (default: as chosen in View → Language, else the system&apos;s).</source>
        <translation>Sprache: en, de, es oder zh_CN (Standard: wie unter Ansicht → Sprache gewählt, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Convolution and transposed convolution, animated step by step.</source>
        <translation>Faltung und transponierte Faltung, Schritt für Schritt animiert.</translation>
    </message>
    <message>
        <source>Opens LESSON (a lesson or problem JSON file), or the last lesson, or the default one.</source>
        <translation>Öffnet LESSON (eine Lektions- oder Problem-JSON-Datei), sonst die letzte Lektion oder die Standardlektion.</translation>
    </message>
    <message>
        <source>Lesson file to open.</source>
        <translation>Zu öffnende Lektionsdatei.</translation>
    </message>
    <message>
        <source>convstep: --lang must be en, de, es or zh_CN, got &quot;%1&quot;</source>
        <translation>convstep: --lang muss en, de, es oder zh_CN sein, erhalten: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>is missing; the file must be {&quot;upstream&quot;: [[…]]}, a grid shaped like the output</source>
        <translation>fehlt; die Datei muss {&quot;upstream&quot;: [[…]]} sein, ein Raster in der Form der Ausgabe</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the 16 MiB limit</source>
        <translation>%1 ist größer als die Grenze von 16 MiB</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>must be an integer, got %1</source>
        <translation>muss eine ganze Zahl sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be an integer or a [rows, cols] pair, got %1</source>
        <translation>muss eine ganze Zahl oder ein Paar [rows, cols] sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be a finite number, got %1</source>
        <translation>muss eine endliche Zahl sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be a non-empty list of equally long rows of numbers, got %1</source>
        <translation>muss eine nicht leere Liste gleich langer Zeilen aus Zahlen sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must have 1 to %1 rows, got %2</source>
        <translation>muss 1 bis %1 Zeilen haben, erhalten: %2</translation>
    </message>
    <message>
        <source>must have 1 to %1 columns, got %2</source>
        <translation>muss 1 bis %1 Spalten haben, erhalten: %2</translation>
    </message>
    <message>
        <source>must be a non-empty list of equally long rows of numbers; row %1 is %2</source>
        <translation>muss eine nicht leere Liste gleich langer Zeilen aus Zahlen sein; Zeile %1 ist %2</translation>
    </message>
    <message>
        <source>rows must be equally long; row %1 has %2 values, row 0 has %3</source>
        <translation>die Zeilen müssen gleich lang sein; Zeile %1 hat %2 Werte, Zeile 0 hat %3</translation>
    </message>
    <message>
        <source>values must be finite numbers; row %1, column %2 is %3</source>
        <translation>die Werte müssen endliche Zahlen sein; Zeile %1, Spalte %2 ist %3</translation>
    </message>
    <message>
        <source>is not a known field%1</source>
        <translation>ist kein bekanntes Feld%1</translation>
    </message>
    <message>
        <source>the file is larger than the 16 MiB limit</source>
        <translation>die Datei ist größer als die Grenze von 16 MiB</translation>
    </message>
    <message>
        <source>the document must be a JSON object such as %1</source>
        <translation>das Dokument muss ein JSON-Objekt sein, etwa %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>a value (a number, &quot;text&quot;, true, false, null, a [list] or an {object})</source>
        <translation>ein Wert (eine Zahl, &quot;Text&quot;, true, false, null, eine [Liste] oder ein {Objekt})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is empty: it holds only spaces and line breaks</source>
        <translation>die Datei ist leer: Sie enthält nur Leerzeichen und Zeilenumbrüche</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>the file ends before an object is closed: a } is missing</source>
        <translation>die Datei endet, bevor ein Objekt geschlossen ist: Eine } fehlt</translation>
    </message>
    <message>
        <source>a field name in &quot;double quotes&quot;</source>
        <translation>ein Feldname in &quot;doppelten Anführungszeichen&quot;</translation>
    </message>
    <message>
        <source>a comma or } after the value</source>
        <translation>ein Komma oder } nach dem Wert</translation>
    </message>
    <message>
        <source>a colon (:) after the field name</source>
        <translation>ein Doppelpunkt (:) nach dem Feldnamen</translation>
    </message>
    <message>
        <source>the file ends before a list is closed: a ] is missing</source>
        <translation>die Datei endet, bevor eine Liste geschlossen ist: Eine ] fehlt</translation>
    </message>
    <message>
        <source>a comma or ] after the value</source>
        <translation>ein Komma oder ] nach dem Wert</translation>
    </message>
    <message>
        <source>a comma between the values of the list</source>
        <translation>ein Komma zwischen den Werten der Liste</translation>
    </message>
    <message>
        <source>{ at the start of the file</source>
        <translation>{ am Anfang der Datei</translation>
    </message>
    <message>
        <source>the file ends in the middle of a number, or just after one where a closing ] or } should follow</source>
        <translation>die Datei endet mitten in einer Zahl oder direkt nach einer, wo eine schließende ] oder } folgen müsste</translation>
    </message>
    <message>
        <source>%1 is not a number JSON can hold: write numbers such as 2, -0.5 or 1e3 (no NaN, infinity or leading +, and at most about 1.8e308)</source>
        <translation>%1 ist keine Zahl, die JSON darstellen kann: Zahlen wie 2, -0.5 oder 1e3 schreiben (kein NaN, kein Unendlich, kein führendes +, höchstens etwa 1.8e308)</translation>
    </message>
    <message>
        <source>a backslash in a string starts an escape JSON does not know (\u needs four hexadecimal digits; write \\ for a backslash)</source>
        <translation>ein Backslash in einer Zeichenkette beginnt eine Escape-Sequenz, die JSON nicht kennt (\u braucht vier Hexadezimalziffern; für einen Backslash \\ schreiben)</translation>
    </message>
    <message>
        <source>a string holds bytes that are not UTF-8 text; save the file as UTF-8</source>
        <translation>eine Zeichenkette enthält Bytes, die kein UTF-8-Text sind; die Datei als UTF-8 speichern</translation>
    </message>
    <message>
        <source>the file ends inside a string: a closing &quot; is missing</source>
        <translation>die Datei endet innerhalb einer Zeichenkette: Ein schließendes &quot; fehlt</translation>
    </message>
    <message>
        <source>%1 after the colon</source>
        <translation>%1 nach dem Doppelpunkt</translation>
    </message>
    <message>
        <source>%1 after the comma (JSON allows no comma before a closing } or ])</source>
        <translation>%1 nach dem Komma (JSON erlaubt kein Komma vor einer schließenden } oder ])</translation>
    </message>
    <message>
        <source>lists and objects are nested too deeply</source>
        <translation>Listen und Objekte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the document is too large to read</source>
        <translation>das Dokument ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>found %1 after the end of the document; a file holds one {…} object</source>
        <translation>%1 nach dem Ende des Dokuments gefunden; eine Datei enthält ein einziges {…}-Objekt</translation>
    </message>
    <message>
        <source>is missing; a problem needs &quot;op&quot;, &quot;input&quot; and &quot;kernel&quot; (an upsampling op: &quot;scale&quot; instead of &quot;kernel&quot;)</source>
        <translation>fehlt; ein Problem braucht &quot;op&quot;, &quot;input&quot; und &quot;kernel&quot; (eine Upsampling-Op: &quot;scale&quot; statt &quot;kernel&quot;)</translation>
    </message>
    <message>
        <source>must be an object of languages such as {&quot;de&quot;: {&quot;title&quot;: &quot;…&quot;, &quot;note&quot;: &quot;…&quot;}}, got %1</source>
        <translation>muss ein Objekt aus Sprachen sein, etwa {&quot;de&quot;: {&quot;title&quot;: &quot;…&quot;, &quot;note&quot;: &quot;…&quot;}}, erhalten: %1</translation>
    </message>
    <message>
        <source>is not a language code such as &quot;de&quot; or &quot;zh_CN&quot;</source>
        <translation>ist kein Sprachcode wie &quot;de&quot; oder &quot;zh_CN&quot;</translation>
    </message>
    <message>
        <source>must be an object with a &quot;title&quot; and a &quot;note&quot;, got %1</source>
        <translation>muss ein Objekt mit &quot;title&quot; und &quot;note&quot; sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>muss eine Zeichenkette sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be &quot;valid&quot;, &quot;same&quot;, an integer or a [rows, cols] pair, got %1</source>
        <translation>muss &quot;valid&quot;, &quot;same&quot;, eine ganze Zahl oder ein Paar [rows, cols] sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be &quot;conv2d&quot;, &quot;conv_transpose2d&quot;, &quot;upsample_nearest&quot;, &quot;upsample_bilinear&quot;, &quot;bed_of_nails&quot; or &quot;max_unpool2d&quot;, got %1%2</source>
        <translation>muss &quot;conv2d&quot;, &quot;conv_transpose2d&quot;, &quot;upsample_nearest&quot;, &quot;upsample_bilinear&quot;, &quot;bed_of_nails&quot; oder &quot;max_unpool2d&quot; sein, erhalten: %1%2</translation>
    </message>
    <message>
        <source>does not apply to %1, which has no kernel; an upsampling op takes only &quot;input&quot; and &quot;scale&quot; (and &quot;align_corners&quot;)</source>
        <translation>gilt nicht für %1, das keinen Kernel hat; eine Upsampling-Op nimmt nur &quot;input&quot; und &quot;scale&quot; (und &quot;align_corners&quot;)</translation>
    </message>
    <message>
        <source>does not apply to %1, which has no kernel; an upsampling op takes only &quot;input&quot; and &quot;scale&quot;</source>
        <translation>gilt nicht für %1, das keinen Kernel hat; eine Upsampling-Op nimmt nur &quot;input&quot; und &quot;scale&quot;</translation>
    </message>
    <message>
        <source>does not apply to %1; an upsampling op takes only &quot;input&quot; and &quot;scale&quot; (and &quot;align_corners&quot;)</source>
        <translation>gilt nicht für %1; eine Upsampling-Op nimmt nur &quot;input&quot; und &quot;scale&quot; (und &quot;align_corners&quot;)</translation>
    </message>
    <message>
        <source>does not apply to %1; an upsampling op takes only &quot;input&quot; and &quot;scale&quot;</source>
        <translation>gilt nicht für %1; eine Upsampling-Op nimmt nur &quot;input&quot; und &quot;scale&quot;</translation>
    </message>
    <message>
        <source>is missing; %1 needs &quot;scale&quot;: 1 to %2, or [rows, cols]</source>
        <translation>fehlt; %1 braucht &quot;scale&quot;: 1 bis %2 oder [rows, cols]</translation>
    </message>
    <message>
        <source>applies only to the upsampling ops (upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d), not %1</source>
        <translation>gilt nur für die Upsampling-Ops (upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d), nicht für %1</translation>
    </message>
    <message>
        <source>applies only to upsample_bilinear, not %1</source>
        <translation>gilt nur für upsample_bilinear, nicht für %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>muss true oder false sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>darf nicht negativ sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be &quot;transposed&quot; or &quot;resize-conv&quot;, got %1%2</source>
        <translation>muss &quot;transposed&quot; oder &quot;resize-conv&quot; sein, erhalten: %1%2</translation>
    </message>
    <message>
        <source>is missing; a training spec needs &quot;image&quot;, &quot;scale&quot;, &quot;model&quot;, &quot;kernel&quot;, &quot;learning_rate&quot; and &quot;steps&quot;</source>
        <translation>fehlt; eine Trainingsspezifikation braucht &quot;image&quot;, &quot;scale&quot;, &quot;model&quot;, &quot;kernel&quot;, &quot;learning_rate&quot; und &quot;steps&quot;</translation>
    </message>
    <message>
        <source>applies only to the &quot;transposed&quot; model; &quot;resize-conv&quot; pads &apos;same&apos;</source>
        <translation>gilt nur für das Modell &quot;transposed&quot;; &quot;resize-conv&quot; verwendet &apos;same&apos;-Padding</translation>
    </message>
    <message>
        <source>must have 1 to %1 channels, got %2</source>
        <translation>muss 1 bis %1 Kanäle haben, erhalten: %2</translation>
    </message>
    <message>
        <source>must have 1 to %1 kernels in a row, got %2</source>
        <translation>muss 1 bis %1 Kernel pro Zeile haben, erhalten: %2</translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation>Kanal %1: %2</translation>
    </message>
    <message>
        <source>kernel [%1, %2]: %3</source>
        <translation>Kernel [%1, %2]: %3</translation>
    </message>
    <message>
        <source>must be a 2-D grid [kh][kw] or a 4-D weight (conv2d [C_out][C_in/groups][kh][kw], conv_transpose2d [C_in][C_out/groups][kh][kw])</source>
        <translation>muss ein 2-D-Raster [kh][kw] oder ein 4-D-Gewicht sein (conv2d [C_out][C_in/groups][kh][kw], conv_transpose2d [C_in][C_out/groups][kh][kw])</translation>
    </message>
    <message>
        <source>must be a 2-D grid [H][W] or a 3-D array [C_in][H][W], got a %1-D array</source>
        <translation>muss ein 2-D-Raster [H][W] oder ein 3-D-Array [C_in][H][W] sein, erhalten: ein %1-D-Array</translation>
    </message>
    <message>
        <source>%1, got a %2-D array</source>
        <translation>%1, erhalten: ein %2-D-Array</translation>
    </message>
    <message>
        <source>the weight&apos;s first axis must have 1 to %1 channels, got %2</source>
        <translation>die erste Achse des Gewichts muss 1 bis %1 Kanäle haben, erhalten: %2</translation>
    </message>
    <message>
        <source>%1; row %2 of the weight is %3</source>
        <translation>%1; Zeile %2 des Gewichts ist %3</translation>
    </message>
    <message>
        <source>the weight&apos;s rows must hold equally many kernels; row %1 has %2, row 0 has %3</source>
        <translation>die Zeilen des Gewichts müssen gleich viele Kernel enthalten; Zeile %1 hat %2, Zeile 0 hat %3</translation>
    </message>
    <message>
        <source>a list must have 1 to %1 numbers, one per output channel, got %2</source>
        <translation>eine Liste muss 1 bis %1 Zahlen haben, eine pro Ausgabekanal, erhalten: %2</translation>
    </message>
    <message>
        <source>must be finite numbers; entry %1 is %2</source>
        <translation>müssen endliche Zahlen sein; Eintrag %1 ist %2</translation>
    </message>
    <message>
        <source>holds %1 characters; a %2 may hold at most %3</source>
        <translation>enthält %1 Zeichen; ein %2 darf höchstens %3 enthalten</translation>
    </message>
    <message>
        <source>cannot be convolved with the kernel: %1</source>
        <translation>lässt sich nicht mit dem Kernel falten: %1</translation>
    </message>
    <message>
        <source>its convolution with the kernel is %1, but the input is %2</source>
        <translation>seine Faltung mit dem Kernel ist %1, die Eingabe aber %2</translation>
    </message>
    <message>
        <source>its convolution with the kernel gives %1 at row %2, column %3, where the input has %4</source>
        <translation>seine Faltung mit dem Kernel ergibt %1 in Zeile %2, Spalte %3, wo die Eingabe %4 hat</translation>
    </message>
    <message>
        <source>must be &quot;direct&quot;, &quot;zero-insertion&quot;, &quot;matrix&quot;, &quot;backward-input&quot; or &quot;backward-kernel&quot;, got %1%2</source>
        <translation>muss &quot;direct&quot;, &quot;zero-insertion&quot;, &quot;matrix&quot;, &quot;backward-input&quot; oder &quot;backward-kernel&quot; sein, erhalten: %1%2</translation>
    </message>
    <message>
        <source>applies only to conv2d and conv_transpose2d: %1 has no kernel to differentiate</source>
        <translation>gilt nur für conv2d und conv_transpose2d: %1 hat keinen Kernel zum Ableiten</translation>
    </message>
    <message>
        <source>applies only to conv_transpose2d, not %1</source>
        <translation>gilt nur für conv_transpose2d, nicht für %1</translation>
    </message>
    <message>
        <source>applies only to a problem of one channel in and one out</source>
        <translation>gilt nur für ein Problem mit einem Eingabe- und einem Ausgabekanal</translation>
    </message>
    <message>
        <source>belongs inside the lessons of the sequence; a file holds one problem or a &quot;sequence&quot; of them, not both</source>
        <translation>gehört in die Lektionen der Folge; eine Datei enthält ein Problem oder eine &quot;sequence&quot; davon, nicht beides</translation>
    </message>
    <message>
        <source>must be a non-empty list of lessons, got %1</source>
        <translation>muss eine nicht leere Liste von Lektionen sein, erhalten: %1</translation>
    </message>
    <message>
        <source>holds %1 lessons; a sequence may hold at most %2</source>
        <translation>enthält %1 Lektionen; eine Folge darf höchstens %2 enthalten</translation>
    </message>
    <message>
        <source>must be a lesson object, got %1</source>
        <translation>muss ein Lektionsobjekt sein, erhalten: %1</translation>
    </message>
    <message>
        <source>a lesson of a sequence cannot hold a sequence itself</source>
        <translation>eine Lektion einer Folge kann nicht selbst eine Folge enthalten</translation>
    </message>
</context>
<context>
    <name>LearnUpsampleLab</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>x[%1] = input %2 = %3</source>
        <translation>x[%1] = Eingabe %2 = %3</translation>
    </message>
    <message>
        <source>y[%1] = output %2 = %3</source>
        <translation>y[%1] = Ausgabe %2 = %3</translation>
    </message>
    <message>
        <source>0: input %1 is outside the window of output %2</source>
        <translation>0: Eingabe %1 liegt außerhalb des Fensters von Ausgabe %2</translation>
    </message>
    <message>
        <source>%1, kernel %2
output %3 += kernel %2 · input %4 = %1 · %5</source>
        <translation>%1, Kernel %2
Ausgabe %3 += Kernel %2 · Eingabe %4 = %1 · %5</translation>
    </message>
    <message>
        <source>0: output %2 does not read input %1</source>
        <translation>0: Ausgabe %2 liest Eingabe %1 nicht</translation>
    </message>
    <message>
        <source>%1, a fixed weight (nothing learns it)
output %2 += %1 · input %3 = %1 · %4</source>
        <translation>%1, ein festes Gewicht (nichts lernt es)
Ausgabe %2 += %1 · Eingabe %3 = %1 · %4</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>0: input channel %1 is not in the group of output channel %2</source>
        <translation>0: Eingabekanal %1 gehört nicht zur Gruppe von Ausgabekanal %2</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>Padding zeros are not inputs: drop the gradient that landed on them, %1 from the top, %2 from the bottom, %3 from the left and %4 from the right, leaving ∂L/∂x, %5.</source>
        <translation>Padding-Nullen sind keine Eingaben: Den Gradienten, der auf ihnen gelandet ist, verwerfen, %1 oben, %2 unten, %3 links und %4 rechts; übrig bleibt ∂L/∂x, %5.</translation>
    </message>
    <message>
        <source>Multiply ∂L/∂y %1 = %2 by every kernel weight and add the products into rows %3, columns %4 of the gradient of the padded input (%5): the cells this output&apos;s window read.</source>
        <translation>∂L/∂y %1 = %2 mit jedem Kernelgewicht multiplizieren und die Produkte in Zeilen %3, Spalten %4 des Gradienten der aufgefüllten Eingabe (%5) addieren: die Zellen, die das Fenster dieser Ausgabe gelesen hat.</translation>
    </message>
    <message>
        <source>Multiply ∂L/∂y %1 = %2 by every kernel weight and add the products into rows %3, columns %4 of ∂L/∂x: the cells this output&apos;s window read.</source>
        <translation>∂L/∂y %1 = %2 mit jedem Kernelgewicht multiplizieren und die Produkte in Zeilen %3, Spalten %4 von ∂L/∂x addieren: die Zellen, die das Fenster dieser Ausgabe gelesen hat.</translation>
    </message>
    <message>
        <source>Backward through conv2d, ∂L/∂x = Cᵀ·∂L/∂y: the transposed convolution of ∂L/∂y with the same kernel, scatter and sum.</source>
        <translation>Rückwärts durch conv2d, ∂L/∂x = Cᵀ·∂L/∂y: die transponierte Faltung von ∂L/∂y mit demselben Kernel, verteilen und aufsummieren.</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of ∂L/∂y&apos;s canvas, where input %3 scattered to, multiply each pair and add them: ∂L/∂x %3 = %4.</source>
        <translation>Den Kernel auf Zeilen %1, Spalten %2 der Leinwand von ∂L/∂y legen, wohin Eingabe %3 verteilt wurde, jedes Paar multiplizieren und alles addieren: ∂L/∂x %3 = %4.</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of ∂L/∂y, where input %3 scattered to, multiply each pair and add them: ∂L/∂x %3 = %4.</source>
        <translation>Den Kernel auf Zeilen %1, Spalten %2 von ∂L/∂y legen, wohin Eingabe %3 verteilt wurde, jedes Paar multiplizieren und alles addieren: ∂L/∂x %3 = %4.</translation>
    </message>
    <message>
        <source>Backward through conv_transpose2d, ∂L/∂x = C·∂L/∂y: an ordinary convolution of ∂L/∂y with the same kernel, stride and dilation.</source>
        <translation>Rückwärts durch conv_transpose2d, ∂L/∂x = C·∂L/∂y: eine gewöhnliche Faltung von ∂L/∂y mit demselben Kernel, derselben Schrittweite und Dilatation.</translation>
    </message>
    <message>
        <source>Kernel element %1 met the padded input at rows %2, columns %3 (one cell per output): multiply each by ∂L/∂y of its output and add them: ∂L/∂W %1 = %4.</source>
        <translation>Kernelelement %1 traf die aufgefüllte Eingabe in Zeilen %2, Spalten %3 (eine Zelle pro Ausgabe): Jede mit dem ∂L/∂y ihrer Ausgabe multiplizieren und alles addieren: ∂L/∂W %1 = %4.</translation>
    </message>
    <message>
        <source>Kernel element %1 met the input at rows %2, columns %3 (one cell per output): multiply each by ∂L/∂y of its output and add them: ∂L/∂W %1 = %4.</source>
        <translation>Kernelelement %1 traf die Eingabe in Zeilen %2, Spalten %3 (eine Zelle pro Ausgabe): Jede mit dem ∂L/∂y ihrer Ausgabe multiplizieren und alles addieren: ∂L/∂W %1 = %4.</translation>
    </message>
    <message>
        <source>∂L/∂W is the input correlated with ∂L/∂y: each weight&apos;s gradient adds, over every output, the input value it multiplied times that output&apos;s gradient.</source>
        <translation>∂L/∂W ist die Kreuzkorrelation der Eingabe mit ∂L/∂y: Der Gradient jedes Gewichts summiert über alle Ausgaben den Eingabewert, den es multipliziert hat, mal den Gradienten dieser Ausgabe.</translation>
    </message>
    <message>
        <source>Kernel element %1 carried the inputs to rows %2, columns %3 of ∂L/∂y&apos;s canvas: multiply each ∂L/∂y there by its input and add them: ∂L/∂W %1 = %4.</source>
        <translation>Kernelelement %1 trug die Eingaben in Zeilen %2, Spalten %3 der Leinwand von ∂L/∂y: Jedes ∂L/∂y dort mit seiner Eingabe multiplizieren und alles addieren: ∂L/∂W %1 = %4.</translation>
    </message>
    <message>
        <source>Kernel element %1 carried the inputs to rows %2, columns %3 of ∂L/∂y: multiply each ∂L/∂y there by its input and add them: ∂L/∂W %1 = %4.</source>
        <translation>Kernelelement %1 trug die Eingaben in Zeilen %2, Spalten %3 von ∂L/∂y: Jedes ∂L/∂y dort mit seiner Eingabe multiplizieren und alles addieren: ∂L/∂W %1 = %4.</translation>
    </message>
    <message>
        <source>∂L/∂W correlates ∂L/∂y with the input: each weight&apos;s gradient adds, over every input cell, the input value times ∂L/∂y where the weight carried it.</source>
        <translation>∂L/∂W korreliert ∂L/∂y mit der Eingabe: Der Gradient jedes Gewichts summiert über alle Eingabezellen den Eingabewert mal ∂L/∂y an der Stelle, wohin das Gewicht ihn getragen hat.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of Cᵀ (column %1 of C) has %n non-zeros; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</source>
        <comment>Row %1 of Cᵀ (column %1 of C) has %n non-zero; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</comment>
        <translation>
            <numerusform>Zeile %1 von Cᵀ (Spalte %1 von C) hat %n von null verschiedenen Eintrag; ihr Skalarprodukt mit der abgeflachten Eingabe plus Bias %4 ergibt Ausgabe %2 = %3.</numerusform>
            <numerusform>Zeile %1 von Cᵀ (Spalte %1 von C) hat %n von null verschiedene Einträge; ihr Skalarprodukt mit der abgeflachten Eingabe plus Bias %4 ergibt Ausgabe %2 = %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of Cᵀ (column %1 of C) has %n non-zeros; its dot product with the flattened input gives output %2 = %3.</source>
        <comment>Row %1 of Cᵀ (column %1 of C) has %n non-zero; its dot product with the flattened input gives output %2 = %3.</comment>
        <translation>
            <numerusform>Zeile %1 von Cᵀ (Spalte %1 von C) hat %n von null verschiedenen Eintrag; ihr Skalarprodukt mit der abgeflachten Eingabe ergibt Ausgabe %2 = %3.</numerusform>
            <numerusform>Zeile %1 von Cᵀ (Spalte %1 von C) hat %n von null verschiedene Einträge; ihr Skalarprodukt mit der abgeflachten Eingabe ergibt Ausgabe %2 = %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of C has %n non-zeros; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</source>
        <comment>Row %1 of C has %n non-zero; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</comment>
        <translation>
            <numerusform>Zeile %1 von C hat %n von null verschiedenen Eintrag; ihr Skalarprodukt mit der abgeflachten Eingabe plus Bias %4 ergibt Ausgabe %2 = %3.</numerusform>
            <numerusform>Zeile %1 von C hat %n von null verschiedene Einträge; ihr Skalarprodukt mit der abgeflachten Eingabe plus Bias %4 ergibt Ausgabe %2 = %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of C has %n non-zeros; its dot product with the flattened input gives output %2 = %3.</source>
        <comment>Row %1 of C has %n non-zero; its dot product with the flattened input gives output %2 = %3.</comment>
        <translation>
            <numerusform>Zeile %1 von C hat %n von null verschiedenen Eintrag; ihr Skalarprodukt mit der abgeflachten Eingabe ergibt Ausgabe %2 = %3.</numerusform>
            <numerusform>Zeile %1 von C hat %n von null verschiedene Einträge; ihr Skalarprodukt mit der abgeflachten Eingabe ergibt Ausgabe %2 = %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;same&apos; padding</source>
        <translation>&apos;same&apos;-Padding</translation>
    </message>
    <message>
        <source>the output size</source>
        <translation>die Ausgabegröße</translation>
    </message>
    <message>
        <source>Crop for %1: remove %2 from the top, %3 from the bottom, %4 from the left and %5 from the right (the odd one comes off the bottom/right), leaving %6.</source>
        <translation>Zuschnitt für %1: %2 oben, %3 unten, %4 links und %5 rechts entfernen (der ungerade Rest fällt unten/rechts weg); übrig bleibt %6.</translation>
    </message>
    <message>
        <source>Crop for %1: remove %2 from the top, %3 from the bottom, %4 from the left and %5 from the right, leaving %6.</source>
        <translation>Zuschnitt für %1: %2 oben, %3 unten, %4 links und %5 rechts entfernen; übrig bleibt %6.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 at the bottom and %2 at the right</source>
        <translation>%1 unten und %2 rechts</translation>
    </message>
    <message>
        <source>%1 at the bottom</source>
        <translation>%1 unten</translation>
    </message>
    <message>
        <source>%1 at the right</source>
        <translation>%1 rechts</translation>
    </message>
    <message>
        <source>output_padding adds %1, making the output %2</source>
        <translation>output_padding fügt %1 hinzu, die Ausgabe wird %2</translation>
    </message>
    <message>
        <source>Keras makes the output input × stride: add %1, making the output %2</source>
        <translation>Keras macht die Ausgabe zu Eingabe × Schrittweite: %1 hinzufügen, die Ausgabe wird %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; they take back canvas values the crop removed.</source>
        <comment>%1; it takes back canvas values the crop removed.</comment>
        <translation>
            <numerusform>%1; sie holt Werte der Leinwand zurück, die der Zuschnitt entfernt hat.</numerusform>
            <numerusform>%1; sie holen Werte der Leinwand zurück, die der Zuschnitt entfernt hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the canvas has nothing there, so they hold zeros.</source>
        <comment>%1; the canvas has nothing there, so it holds zeros.</comment>
        <translation>
            <numerusform>%1; die Leinwand hat dort nichts, daher enthält sie Nullen.</numerusform>
            <numerusform>%1; die Leinwand hat dort nichts, daher enthalten sie Nullen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 take back canvas values the crop removed</source>
        <comment>%1 takes back canvas values the crop removed</comment>
        <translation>
            <numerusform>%1 holt Werte der Leinwand zurück, die der Zuschnitt entfernt hat</numerusform>
            <numerusform>%1 holen Werte der Leinwand zurück, die der Zuschnitt entfernt hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lie past the canvas and hold zeros</source>
        <comment>%1 lies past the canvas and holds zeros</comment>
        <translation>
            <numerusform>%1 liegt jenseits der Leinwand und enthält Nullen</numerusform>
            <numerusform>%1 liegen jenseits der Leinwand und enthalten Nullen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2, and %3.</source>
        <translation>%1; %2 und %3.</translation>
    </message>
    <message>
        <source>Add the bias %1 to each of the %2 output cells.</source>
        <translation>Den Bias %1 zu jeder der %2 Ausgabezellen addieren.</translation>
    </message>
    <message>
        <source>Multiply input %1 = %2 by every kernel weight and add the products into rows %3, columns %4 of the %5 canvas.</source>
        <translation>Eingabe %1 = %2 mit jedem Kernelgewicht multiplizieren und die Produkte in Zeilen %3, Spalten %4 der %5-Leinwand addieren.</translation>
    </message>
    <message>
        <source>Pad the %1 input with zeros: %2 above and below, %3 left and right, making it %4.</source>
        <translation>Die %1-Eingabe mit Nullen auffüllen: %2 oben und unten, %3 links und rechts; sie wird %4.</translation>
    </message>
    <message>
        <source>Pad the %1 input with zeros: %2 above, %3 below, %4 left and %5 right (the odd extra zero goes after), making it %6.</source>
        <translation>Die %1-Eingabe mit Nullen auffüllen: %2 oben, %3 unten, %4 links und %5 rechts (die ungerade zusätzliche Null kommt danach); sie wird %6.</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the padded input, multiply each pair and add them and the bias %5: output %3 = %4.</source>
        <translation>Den Kernel auf Zeilen %1, Spalten %2 der aufgefüllten Eingabe legen, jedes Paar multiplizieren und die Produkte und den Bias %5 addieren: Ausgabe %3 = %4.</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the padded input, multiply each pair and add them: output %3 = %4.</source>
        <translation>Den Kernel auf Zeilen %1, Spalten %2 der aufgefüllten Eingabe legen, jedes Paar multiplizieren und alles addieren: Ausgabe %3 = %4.</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the input, multiply each pair and add them and the bias %5: output %3 = %4.</source>
        <translation>Den Kernel auf Zeilen %1, Spalten %2 der Eingabe legen, jedes Paar multiplizieren und die Produkte und den Bias %5 addieren: Ausgabe %3 = %4.</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the input, multiply each pair and add them: output %3 = %4.</source>
        <translation>Den Kernel auf Zeilen %1, Spalten %2 der Eingabe legen, jedes Paar multiplizieren und alles addieren: Ausgabe %3 = %4.</translation>
    </message>
    <message>
        <source>rows %1, columns %2</source>
        <translation>Zeilen %1, Spalten %2</translation>
    </message>
    <message numerus="yes">
        <source>Place input %1 = %2 at output %3, the top-left of its block (%4); the other %n cells of its %5 block stay 0.</source>
        <comment>Place input %1 = %2 at output %3, the top-left of its block (%4); the other %n cell of its %5 block stay 0.</comment>
        <translation>
            <numerusform>Eingabe %1 = %2 auf Ausgabe %3 setzen, oben links in ihrem Block (%4); die andere %n Zelle ihres %5-Blocks bleibt 0.</numerusform>
            <numerusform>Eingabe %1 = %2 auf Ausgabe %3 setzen, oben links in ihrem Block (%4); die anderen %n Zellen ihres %5-Blocks bleiben 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Place input %1 = %2 at output %3.</source>
        <translation>Eingabe %1 = %2 auf Ausgabe %3 setzen.</translation>
    </message>
    <message numerus="yes">
        <source>Copy input %1 = %2 into output %3: it is the nearest input of each of those %n cells.</source>
        <comment>Copy input %1 = %2 into output %3: it is the nearest input of each of those %n cell.</comment>
        <translation>
            <numerusform>Eingabe %1 = %2 in Ausgabe %3 kopieren: Sie ist die nächstgelegene Eingabe dieser %n Zelle.</numerusform>
            <numerusform>Eingabe %1 = %2 in Ausgabe %3 kopieren: Sie ist die nächstgelegene Eingabe jeder dieser %n Zellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>half-pixel centres: (o + 0.5)/s − 0.5, at least 0</source>
        <translation>Halbpixel-Mitten: (o + 0.5)/s − 0.5, mindestens 0</translation>
    </message>
    <message>
        <source>Output %1 samples the input at row %2, column %3 (%4)</source>
        <translation>Ausgabe %1 tastet die Eingabe bei Zeile %2, Spalte %3 ab (%4)</translation>
    </message>
    <message>
        <source>%1; it lands on input %2 and copies it: output %3 = %4.</source>
        <translation>%1; sie trifft Eingabe %2 und kopiert sie: Ausgabe %3 = %4.</translation>
    </message>
    <message>
        <source>%1; it blends the %2 inputs around that point, each weighted by its closeness: output %3 = %4.</source>
        <translation>%1; sie mischt die %2 Eingaben um diesen Punkt, jede nach ihrer Nähe gewichtet: Ausgabe %3 = %4.</translation>
    </message>
    <message>
        <source>%1 and the last %2</source>
        <translation>%1 und die letzten %2</translation>
    </message>
    <message>
        <source>max_pool2d leaves out the input&apos;s last %1: no whole block fits there.</source>
        <translation>max_pool2d lässt die letzten %1 der Eingabe aus: Dort passt kein ganzer Block hin.</translation>
    </message>
    <message numerus="yes">
        <source>Pool input %1: the largest of its %n values is %2 at input %3 (the first of equal maxima in row-major order); pooled %4 = %2 remembers that position.</source>
        <comment>Pool input %1: the largest of its %n value is %2 at input %3 (the first of equal maxima in row-major order); pooled %4 = %2 remembers that position.</comment>
        <translation>
            <numerusform>Eingabe %1 poolen: Der größte ihres %n Werts ist %2 bei Eingabe %3 (bei gleichen Maxima das erste in zeilenweiser Reihenfolge); gepoolt %4 = %2 merkt sich diese Position.</numerusform>
            <numerusform>Eingabe %1 poolen: Der größte ihrer %n Werte ist %2 bei Eingabe %3 (bei gleichen Maxima das erste in zeilenweiser Reihenfolge); gepoolt %4 = %2 merkt sich diese Position.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pool input %1: the largest of its %n values is %2 at input %3; pooled %4 = %2 remembers that position.</source>
        <comment>Pool input %1: the largest of its %n value is %2 at input %3; pooled %4 = %2 remembers that position.</comment>
        <translation>
            <numerusform>Eingabe %1 poolen: Der größte ihres %n Werts ist %2 bei Eingabe %3; gepoolt %4 = %2 merkt sich diese Position.</numerusform>
            <numerusform>Eingabe %1 poolen: Der größte ihrer %n Werte ist %2 bei Eingabe %3; gepoolt %4 = %2 merkt sich diese Position.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpool pooled %1 = %2 back to output %3, where its maximum came from; the other %n cells of its %4 block (%5) get 0.</source>
        <comment>Unpool pooled %1 = %2 back to output %3, where its maximum came from; the other %n cell of its %4 block (%5) get 0.</comment>
        <translation>
            <numerusform>Gepoolt %1 = %2 zurück auf Ausgabe %3 unpoolen, woher sein Maximum kam; die andere %n Zelle seines %4-Blocks (%5) erhält 0.</numerusform>
            <numerusform>Gepoolt %1 = %2 zurück auf Ausgabe %3 unpoolen, woher sein Maximum kam; die anderen %n Zellen seines %4-Blocks (%5) erhalten 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpool pooled %1 = %2 back to output %3, where its maximum came from.</source>
        <translation>Gepoolt %1 = %2 zurück auf Ausgabe %3 unpoolen, woher sein Maximum kam.</translation>
    </message>
    <message>
        <source>Put ∂L/∂y (%1) back where the forward pass wrote the output, on the %2 scatter canvas, with zeros where the crop cut it (%3 above, %4 below, %5 on the left, %6 on the right): those cells never reached the output, so their gradient is 0.</source>
        <translation>∂L/∂y (%1) dorthin zurücklegen, wo der Vorwärtsdurchlauf die Ausgabe geschrieben hat, auf die %2-Verteilungsleinwand, mit Nullen, wo der Zuschnitt sie abgeschnitten hat (%3 oben, %4 unten, %5 links, %6 rechts): Diese Zellen haben die Ausgabe nie erreicht, daher ist ihr Gradient 0.</translation>
    </message>
    <message>
        <source>The last %1 and %2 of ∂L/∂y lie past the scattered canvas: no input reached them, so they pass no gradient back.</source>
        <translation>Die letzten %1 und %2 von ∂L/∂y liegen jenseits der verteilten Leinwand: Keine Eingabe hat sie erreicht, daher geben sie keinen Gradienten zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n zeros between neighbouring rows and %1 between neighbouring columns (stride − 1), turning the %2 input into %3.</source>
        <comment>Insert %n zero between neighbouring rows and %1 between neighbouring columns (stride − 1), turning the %2 input into %3.</comment>
        <translation>
            <numerusform>%n Null zwischen benachbarte Zeilen und %1 zwischen benachbarte Spalten einfügen (Schrittweite − 1); aus der %2-Eingabe wird %3.</numerusform>
            <numerusform>%n Nullen zwischen benachbarte Zeilen und %1 zwischen benachbarte Spalten einfügen (Schrittweite − 1); aus der %2-Eingabe wird %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>d(k−1) − padding per side</source>
        <translation>d(k−1) − Padding pro Seite</translation>
    </message>
    <message>
        <source>d(k−1) minus the &apos;same&apos; crop, whose odd part is at the bottom/right</source>
        <translation>d(k−1) minus der &apos;same&apos;-Zuschnitt, dessen ungerader Teil unten/rechts liegt</translation>
    </message>
    <message>
        <source>d(k−1) minus the &apos;same&apos; crop</source>
        <translation>d(k−1) minus der &apos;same&apos;-Zuschnitt</translation>
    </message>
    <message>
        <source>d(k−1) per side</source>
        <translation>d(k−1) pro Seite</translation>
    </message>
    <message>
        <source>%1, plus output_padding at the bottom/right</source>
        <translation>%1, plus output_padding unten/rechts</translation>
    </message>
    <message>
        <source>%1, plus the zeros Keras&apos;s output size adds at the bottom/right</source>
        <translation>%1, plus die Nullen, die die Ausgabegröße von Keras unten/rechts hinzufügt</translation>
    </message>
    <message>
        <source>Pad with zeros: %1, %2, %3 and %4 (%5), making it %6.</source>
        <translation>Mit Nullen auffüllen: %1, %2, %3 und %4 (%5); sie wird %6.</translation>
    </message>
    <message>
        <source>add %1 above</source>
        <translation>%1 oben hinzufügen</translation>
    </message>
    <message>
        <source>remove %1 above</source>
        <translation>%1 oben entfernen</translation>
    </message>
    <message>
        <source>add %1 below</source>
        <translation>%1 unten hinzufügen</translation>
    </message>
    <message>
        <source>remove %1 below</source>
        <translation>%1 unten entfernen</translation>
    </message>
    <message>
        <source>add %1 on the left</source>
        <translation>%1 links hinzufügen</translation>
    </message>
    <message>
        <source>remove %1 on the left</source>
        <translation>%1 links entfernen</translation>
    </message>
    <message>
        <source>add %1 on the right</source>
        <translation>%1 rechts hinzufügen</translation>
    </message>
    <message>
        <source>remove %1 on the right</source>
        <translation>%1 rechts entfernen</translation>
    </message>
    <message>
        <source>Rotate the kernel by 180° (flip it top to bottom and left to right): the transposed convolution is now an ordinary stride-1 convolution with it.</source>
        <translation>Den Kernel um 180° drehen (oben und unten sowie links und rechts spiegeln): Die transponierte Faltung ist jetzt eine gewöhnliche Faltung mit Schrittweite 1 mit diesem Kernel.</translation>
    </message>
    <message>
        <source>Place the rotated kernel on rows %1, columns %2 and add the products and the bias %5: output %3 = %4.</source>
        <translation>Den gedrehten Kernel auf Zeilen %1, Spalten %2 legen und die Produkte und den Bias %5 addieren: Ausgabe %3 = %4.</translation>
    </message>
    <message>
        <source>Place the rotated kernel on rows %1, columns %2 and add the products: output %3 = %4.</source>
        <translation>Den gedrehten Kernel auf Zeilen %1, Spalten %2 legen und die Produkte addieren: Ausgabe %3 = %4.</translation>
    </message>
    <message numerus="yes">
        <source>input channels %1</source>
        <comment>input channel %1</comment>
        <translation>
            <numerusform>Eingabekanal %1</numerusform>
            <numerusform>Eingabekanäle %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>output channels %1</source>
        <comment>output channel %1</comment>
        <translation>
            <numerusform>Ausgabekanal %1</numerusform>
            <numerusform>Ausgabekanäle %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>padded input channels %1</source>
        <comment>padded input channel %1</comment>
        <translation>
            <numerusform>aufgefüllter Eingabekanal %1</numerusform>
            <numerusform>aufgefüllte Eingabekanäle %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>zero-inserted input channels %1</source>
        <comment>zero-inserted input channel %1</comment>
        <translation>
            <numerusform>Eingabekanal mit eingefügten Nullen %1</numerusform>
            <numerusform>Eingabekanäle mit eingefügten Nullen %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kernels %1</source>
        <comment>kernel %1</comment>
        <translation>
            <numerusform>Kernel %1</numerusform>
            <numerusform>Kernel %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (group %1)</source>
        <translation> (Gruppe %1)</translation>
    </message>
    <message>
        <source>Cᵀ (column %1 of C)</source>
        <translation>Cᵀ (Spalte %1 von C)</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zeros with the flattened input, plus the bias %8, gives output %6 = %7.</source>
        <comment>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zero with the flattened input, plus the bias %8, gives output %6 = %7.</comment>
        <translation>
            <numerusform>Zeile %1 von %2 enthält %3 gegenüber %4%5: Das Skalarprodukt ihres %n von null verschiedenen Eintrags mit der abgeflachten Eingabe plus Bias %8 ergibt Ausgabe %6 = %7.</numerusform>
            <numerusform>Zeile %1 von %2 enthält %3 gegenüber %4%5: Das Skalarprodukt ihrer %n von null verschiedenen Einträge mit der abgeflachten Eingabe plus Bias %8 ergibt Ausgabe %6 = %7.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zeros with the flattened input gives output %6 = %7.</source>
        <comment>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zero with the flattened input gives output %6 = %7.</comment>
        <translation>
            <numerusform>Zeile %1 von %2 enthält %3 gegenüber %4%5: Das Skalarprodukt ihres %n von null verschiedenen Eintrags mit der abgeflachten Eingabe ergibt Ausgabe %6 = %7.</numerusform>
            <numerusform>Zeile %1 von %2 enthält %3 gegenüber %4%5: Das Skalarprodukt ihrer %n von null verschiedenen Einträge mit der abgeflachten Eingabe ergibt Ausgabe %6 = %7.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products and the bias %9: output %7 = %8.</source>
        <comment>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product and the bias %9: output %7 = %8.</comment>
        <translation>
            <numerusform>Ausgabekanal %1%2: den gedrehten %3 auf Zeilen %4, Spalten %5 von %6 legen, jedes Paar multiplizieren und das %n Produkt und den Bias %9 addieren: Ausgabe %7 = %8.</numerusform>
            <numerusform>Ausgabekanal %1%2: den gedrehten %3 auf Zeilen %4, Spalten %5 von %6 legen, jedes Paar multiplizieren und die %n Produkte und den Bias %9 addieren: Ausgabe %7 = %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products: output %7 = %8.</source>
        <comment>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product: output %7 = %8.</comment>
        <translation>
            <numerusform>Ausgabekanal %1%2: den gedrehten %3 auf Zeilen %4, Spalten %5 von %6 legen, jedes Paar multiplizieren und das %n Produkt addieren: Ausgabe %7 = %8.</numerusform>
            <numerusform>Ausgabekanal %1%2: den gedrehten %3 auf Zeilen %4, Spalten %5 von %6 legen, jedes Paar multiplizieren und die %n Produkte addieren: Ausgabe %7 = %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products and the bias %9: output %7 = %8.</source>
        <comment>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product and the bias %9: output %7 = %8.</comment>
        <translation>
            <numerusform>Ausgabekanal %1%2: %3 auf Zeilen %4, Spalten %5 von %6 legen, jedes Paar multiplizieren und das %n Produkt und den Bias %9 addieren: Ausgabe %7 = %8.</numerusform>
            <numerusform>Ausgabekanal %1%2: %3 auf Zeilen %4, Spalten %5 von %6 legen, jedes Paar multiplizieren und die %n Produkte und den Bias %9 addieren: Ausgabe %7 = %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products: output %7 = %8.</source>
        <comment>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product: output %7 = %8.</comment>
        <translation>
            <numerusform>Ausgabekanal %1%2: %3 auf Zeilen %4, Spalten %5 von %6 legen, jedes Paar multiplizieren und das %n Produkt addieren: Ausgabe %7 = %8.</numerusform>
            <numerusform>Ausgabekanal %1%2: %3 auf Zeilen %4, Spalten %5 von %6 legen, jedes Paar multiplizieren und die %n Produkte addieren: Ausgabe %7 = %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>Multiply input %1 = %2 by every weight of %3 and add the products into rows %4, columns %5 of the %6 canvas of %7.</source>
        <translation>Eingabe %1 = %2 mit jedem Gewicht von %3 multiplizieren und die Produkte in Zeilen %4, Spalten %5 der %6-Leinwand von %7 addieren.</translation>
    </message>
    <message numerus="yes">
        <source>Add the bias %1 to each of the %n output channels&apos; %2 cells.</source>
        <comment>Add the bias %1 to each of the %n output channel&apos;s %2 cells.</comment>
        <translation>
            <numerusform>Den Bias %1 zu den %2 Zellen des %n Ausgabekanals addieren.</numerusform>
            <numerusform>Den Bias %1 zu den %2 Zellen jedes der %n Ausgabekanäle addieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add each output channel&apos;s bias to its %1 cells: %2.</source>
        <translation>Den Bias jedes Ausgabekanals zu seinen %1 Zellen addieren: %2.</translation>
    </message>
    <message numerus="yes">
        <source>In each of the %n kernels: %1</source>
        <comment>In each of the %n kernel: %1</comment>
        <translation>
            <numerusform>In dem %n Kernel: %1</numerusform>
            <numerusform>In jedem der %n Kernel: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In each of the %n output channels: %1</source>
        <comment>In each of the %n output channel: %1</comment>
        <translation>
            <numerusform>In dem %n Ausgabekanal: %1</numerusform>
            <numerusform>In jedem der %n Ausgabekanäle: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In each of the %n input channels: %1</source>
        <comment>In each of the %n input channel: %1</comment>
        <translation>
            <numerusform>In dem %n Eingabekanal: %1</numerusform>
            <numerusform>In jedem der %n Eingabekanäle: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nearest-neighbour upsampling</source>
        <translation>Nächster-Nachbar-Upsampling</translation>
    </message>
    <message>
        <source>bilinear upsampling</source>
        <translation>bilineares Upsampling</translation>
    </message>
    <message>
        <source>bed of nails</source>
        <translation>Nagelbrett (bed of nails)</translation>
    </message>
    <message>
        <source>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), is all zeros: the output cell is not the top-left of its block, so output %3 = %4.</source>
        <translation>Zeile %1 von U, der Matrix von %2 (feste Gewichte: nichts darin wird gelernt), ist ganz null: Die Ausgabezelle liegt nicht oben links in ihrem Block, daher Ausgabe %3 = %4.</translation>
    </message>
    <message>
        <source>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), has a single %5 at input %6: output %3 = %4.</source>
        <translation>Zeile %1 von U, der Matrix von %2 (feste Gewichte: nichts darin wird gelernt), hat eine einzige %5 bei Eingabe %6: Ausgabe %3 = %4.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), has %n weights adding up to 1; its dot product with the flattened input gives output %3 = %4.</source>
        <comment>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), has %n weight adding up to 1; its dot product with the flattened input gives output %3 = %4.</comment>
        <translation>
            <numerusform>Zeile %1 von U, der Matrix von %2 (feste Gewichte: nichts darin wird gelernt), hat %n Gewicht mit der Summe 1; ihr Skalarprodukt mit der abgeflachten Eingabe ergibt Ausgabe %3 = %4.</numerusform>
            <numerusform>Zeile %1 von U, der Matrix von %2 (feste Gewichte: nichts darin wird gelernt), hat %n Gewichte mit der Summe 1; ihr Skalarprodukt mit der abgeflachten Eingabe ergibt Ausgabe %3 = %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overlap</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>k = %1 with dilation %2 and s = %3</source>
        <translation>k = %1 mit Dilatation %2 und s = %3</translation>
    </message>
    <message>
        <source>k = %1 is divisible by s = %2</source>
        <translation>k = %1 ist durch s = %2 teilbar</translation>
    </message>
    <message>
        <source>k = %1 is not divisible by s = %2</source>
        <translation>k = %1 ist nicht durch s = %2 teilbar</translation>
    </message>
    <message numerus="yes">
        <source>%1: every interior output cell receives %n contributions along each axis (%2 in all). The overlap is even, so a constant kernel leaves no checkerboard.</source>
        <comment>%1: every interior output cell receives %n contribution along each axis (%2 in all). The overlap is even, so a constant kernel leaves no checkerboard.</comment>
        <translation>
            <numerusform>%1: Jede innere Ausgabezelle erhält entlang jeder Achse %n Beitrag (%2 insgesamt). Die Überlappung ist gleichmäßig, daher hinterlässt ein konstanter Kernel kein Schachbrettmuster.</numerusform>
            <numerusform>%1: Jede innere Ausgabezelle erhält entlang jeder Achse %n Beiträge (%2 insgesamt). Die Überlappung ist gleichmäßig, daher hinterlässt ein konstanter Kernel kein Schachbrettmuster.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the kernel is shorter than the stride, so interior cells get %2 contributions along each axis: some receive nothing, leaving a grid of holes.</source>
        <translation>%1: Der Kernel ist kürzer als die Schrittweite, daher erhalten innere Zellen entlang jeder Achse %2 Beiträge: Manche erhalten nichts, und es bleibt ein Raster aus Löchern.</translation>
    </message>
    <message>
        <source>%1: interior output cells alternate between %2 contributions along each axis (%3 to %4 in all). The overlap is uneven, which prints a checkerboard even with a constant kernel.</source>
        <translation>%1: Innere Ausgabezellen wechseln entlang jeder Achse zwischen %2 Beiträgen (%3 bis %4 insgesamt). Die Überlappung ist ungleichmäßig und erzeugt selbst mit einem konstanten Kernel ein Schachbrettmuster.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>pad</source>
        <translation>auffüllen</translation>
    </message>
    <message>
        <source>insert zeros</source>
        <translation>Nullen einfügen</translation>
    </message>
    <message>
        <source>rotate kernel</source>
        <translation>Kernel drehen</translation>
    </message>
    <message>
        <source>slide</source>
        <translation>gleiten</translation>
    </message>
    <message>
        <source>scatter</source>
        <translation>verteilen</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>zuschneiden</translation>
    </message>
    <message>
        <source>output padding</source>
        <translation>Output-Padding</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>kopieren</translation>
    </message>
    <message>
        <source>interpolate</source>
        <translation>interpolieren</translation>
    </message>
    <message>
        <source>place</source>
        <translation>setzen</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>poolen</translation>
    </message>
    <message>
        <source>unpool</source>
        <translation>unpoolen</translation>
    </message>
    <message>
        <source>zeros</source>
        <comment>short for: insert zeros</comment>
        <translation>Nullen</translation>
    </message>
    <message>
        <source>rotate</source>
        <comment>short for: rotate kernel</comment>
        <translation>drehen</translation>
    </message>
    <message>
        <source>out pad</source>
        <comment>short for: output padding</comment>
        <translation>Out-Pad</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 has no kernel to differentiate</source>
        <translation>%1 hat keinen Kernel zum Ableiten</translation>
    </message>
    <message>
        <source>must be shaped like the output, %1, got %2</source>
        <translation>muss die Form der Ausgabe haben, %1, erhalten: %2</translation>
    </message>
    <message>
        <source>values must be finite numbers; row %1, column %2 is not</source>
        <translation>die Werte müssen endliche Zahlen sein; Zeile %1, Spalte %2 ist es nicht</translation>
    </message>
    <message>
        <source>values are too large: the gradient could exceed the largest double-precision number</source>
        <translation>die Werte sind zu groß: Der Gradient könnte die größte Zahl doppelter Genauigkeit überschreiten</translation>
    </message>
    <message>
        <source>%1 has only the direct view, not %2</source>
        <translation>%1 hat nur die direkte Ansicht, nicht %2</translation>
    </message>
    <message>
        <source>the transposed model makes a %1 output, not the image&apos;s %2 (kernel %3, scale %4); padding %5 with output_padding %6 would fit</source>
        <translation>das transponierte Modell ergibt eine %1-Ausgabe, nicht die %2 des Bildes (Kernel %3, Skalierung %4); Padding %5 mit output_padding %6 würde passen</translation>
    </message>
    <message>
        <source>must be a finite number, 0 or more, got %1</source>
        <translation>muss eine endliche Zahl sein, 0 oder mehr, erhalten: %1</translation>
    </message>
    <message>
        <source>must be %1 to %2, got %3</source>
        <translation>muss %1 bis %2 sein, erhalten: %3</translation>
    </message>
    <message>
        <source>must have 1 to %1 rows and columns, got %2</source>
        <translation>muss 1 bis %1 Zeilen und Spalten haben, erhalten: %2</translation>
    </message>
    <message>
        <source>rows and columns must be multiples of the scale %1, got %2</source>
        <translation>Zeilen und Spalten müssen Vielfache der Skalierung %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <source>values must be finite numbers</source>
        <translation>die Werte müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>must be 1 to %1, got %2</source>
        <translation>muss 1 bis %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <source>applies only to the transposed model; resize-conv pads &apos;same&apos;</source>
        <translation>gilt nur für das transponierte Modell; resize-conv verwendet &apos;same&apos;-Padding</translation>
    </message>
    <message>
        <source>must have 1 to %1 rows, got %2</source>
        <translation>muss 1 bis %1 Zeilen haben, erhalten: %2</translation>
    </message>
    <message>
        <source>must have 1 to %1 columns, got %2</source>
        <translation>muss 1 bis %1 Spalten haben, erhalten: %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2 on each axis, got %3</source>
        <translation>muss auf jeder Achse zwischen %1 und %2 liegen, erhalten: %3</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>darf nicht negativ sein, erhalten: %1</translation>
    </message>
    <message>
        <source>applies only to conv_transpose2d, got %1</source>
        <translation>gilt nur für conv_transpose2d, erhalten: %1</translation>
    </message>
    <message>
        <source>must be smaller than the stride on the rows axis (Keras), got %1 with stride %2</source>
        <translation>muss auf der Zeilenachse kleiner als die Schrittweite sein (Keras), erhalten: %1 bei Schrittweite %2</translation>
    </message>
    <message>
        <source>must be smaller than the stride on the columns axis (Keras), got %1 with stride %2</source>
        <translation>muss auf der Spaltenachse kleiner als die Schrittweite sein (Keras), erhalten: %1 bei Schrittweite %2</translation>
    </message>
    <message>
        <source>must be smaller than max(stride, dilation) = %1 on the rows axis (PyTorch), got %2</source>
        <translation>muss auf der Zeilenachse kleiner als max(stride, dilation) = %1 sein (PyTorch), erhalten: %2</translation>
    </message>
    <message>
        <source>must be smaller than max(stride, dilation) = %1 on the columns axis (PyTorch), got %2</source>
        <translation>muss auf der Spaltenachse kleiner als max(stride, dilation) = %1 sein (PyTorch), erhalten: %2</translation>
    </message>
    <message>
        <source>gives %1 rows, which TensorFlow rejects: a forward convolution of that size would have %2 rows, not %3 (got output_padding %4)</source>
        <translation>ergibt %1 Zeilen, was TensorFlow ablehnt: Eine Vorwärtsfaltung dieser Größe hätte %2 Zeilen, nicht %3 (erhalten: output_padding %4)</translation>
    </message>
    <message>
        <source>gives %1 columns, which TensorFlow rejects: a forward convolution of that size would have %2 columns, not %3 (got output_padding %4)</source>
        <translation>ergibt %1 Spalten, was TensorFlow ablehnt: Eine Vorwärtsfaltung dieser Größe hätte %2 Spalten, nicht %3 (erhalten: output_padding %4)</translation>
    </message>
    <message>
        <source>the dilated kernel spans %1 rows but the padded input has only %2</source>
        <translation>der dilatierte Kernel überspannt %1 Zeilen, die aufgefüllte Eingabe hat aber nur %2</translation>
    </message>
    <message>
        <source>the dilated kernel spans %1 columns but the padded input has only %2</source>
        <translation>der dilatierte Kernel überspannt %1 Spalten, die aufgefüllte Eingabe hat aber nur %2</translation>
    </message>
    <message>
        <source>is too large: the output would have %1 rows</source>
        <translation>ist zu groß: Die Ausgabe hätte %1 Zeilen</translation>
    </message>
    <message>
        <source>is too large: the output would have %1 columns</source>
        <translation>ist zu groß: Die Ausgabe hätte %1 Spalten</translation>
    </message>
    <message>
        <source>the output would have %1 rows; the limit is %2</source>
        <translation>die Ausgabe hätte %1 Zeilen; die Grenze ist %2</translation>
    </message>
    <message>
        <source>the output would have %1 columns; the limit is %2</source>
        <translation>die Ausgabe hätte %1 Spalten; die Grenze ist %2</translation>
    </message>
    <message>
        <source>does not apply to %1, got %2; an upsampling op takes only &quot;input&quot; and &quot;scale&quot; (and &quot;align_corners&quot;)</source>
        <translation>gilt nicht für %1, erhalten: %2; eine Upsampling-Op nimmt nur &quot;input&quot; und &quot;scale&quot; (und &quot;align_corners&quot;)</translation>
    </message>
    <message>
        <source>does not apply to %1, got %2; an upsampling op takes only &quot;input&quot; and &quot;scale&quot;</source>
        <translation>gilt nicht für %1, erhalten: %2; eine Upsampling-Op nimmt nur &quot;input&quot; und &quot;scale&quot;</translation>
    </message>
    <message>
        <source>applies only to upsample_bilinear, not %1</source>
        <translation>gilt nur für upsample_bilinear, nicht für %1</translation>
    </message>
    <message>
        <source>%1 takes no kernel, got %2</source>
        <translation>%1 nimmt keinen Kernel, erhalten: %2</translation>
    </message>
    <message>
        <source>max_unpool2d pools in blocks of the scale %1, so it needs at least %2 rows, got %3</source>
        <translation>max_unpool2d poolt in Blöcken der Skalierung %1 und braucht daher mindestens %2 Zeilen, erhalten: %3</translation>
    </message>
    <message>
        <source>max_unpool2d pools in blocks of the scale %1, so it needs at least %2 columns, got %3</source>
        <translation>max_unpool2d poolt in Blöcken der Skalierung %1 und braucht daher mindestens %2 Spalten, erhalten: %3</translation>
    </message>
    <message>
        <source>applies only to the upsampling ops (upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d), not %1; got %2</source>
        <translation>gilt nur für die Upsampling-Ops (upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d), nicht für %1; erhalten: %2</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>values are too large: the output could exceed the largest double-precision number</source>
        <translation>die Werte sind zu groß: Die Ausgabe könnte die größte Zahl doppelter Genauigkeit überschreiten</translation>
    </message>
    <message>
        <source>Keras does not allow a stride above 1 together with a dilation above 1, got stride %1 and dilation %2</source>
        <translation>Keras erlaubt keine Schrittweite über 1 zusammen mit einer Dilatation über 1, erhalten: Schrittweite %1 und Dilatation %2</translation>
    </message>
    <message>
        <source>Keras&apos;s Conv2DTranspose needs the same dilation on both axes, got %1</source>
        <translation>Conv2DTranspose von Keras braucht auf beiden Achsen dieselbe Dilatation, erhalten: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a 2-D kernel (one channel in, one out)</source>
        <translation>ein 2-D-Kernel (ein Kanal hinein, einer heraus)</translation>
    </message>
    <message>
        <source>a conv2d weight is [C_out][C_in/groups][kh][kw], so its second axis must be %1/%2 = %3, got %4</source>
        <translation>ein conv2d-Gewicht ist [C_out][C_in/groups][kh][kw], daher muss seine zweite Achse %1/%2 = %3 sein, erhalten: %4</translation>
    </message>
    <message>
        <source>a conv_transpose2d weight is [C_in][C_out/groups][kh][kw], so its first axis must be C_in = %1, got %2</source>
        <translation>ein conv_transpose2d-Gewicht ist [C_in][C_out/groups][kh][kw], daher muss seine erste Achse C_in = %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <source>a list gives one bias per output channel, but the input and the kernel have no channel axes; write one number</source>
        <translation>eine Liste gibt einen Bias pro Ausgabekanal an, aber Eingabe und Kernel haben keine Kanalachsen; eine einzelne Zahl schreiben</translation>
    </message>
    <message>
        <source>the input must have 1 to %1 channels, got %2</source>
        <translation>die Eingabe muss 1 bis %1 Kanäle haben, erhalten: %2</translation>
    </message>
    <message>
        <source>channel %1 is %2; every one must be %3 like the first</source>
        <translation>Kanal %1 ist %2; jeder muss wie der erste %3 sein</translation>
    </message>
    <message>
        <source>values must be finite numbers; channel %1, row %2, column %3 is not</source>
        <translation>die Werte müssen endliche Zahlen sein; Kanal %1, Zeile %2, Spalte %3 ist es nicht</translation>
    </message>
    <message>
        <source>has %1 values (channels × rows × columns); the limit is %2</source>
        <translation>hat %1 Werte (Kanäle × Zeilen × Spalten); die Grenze ist %2</translation>
    </message>
    <message>
        <source>the weight&apos;s first axis must have 1 to %1 channels, got %2</source>
        <translation>die erste Achse des Gewichts muss 1 bis %1 Kanäle haben, erhalten: %2</translation>
    </message>
    <message>
        <source>must be a 4-D array of equally many kernels per row, got %1 kernels in %2 rows</source>
        <translation>muss ein 4-D-Array mit gleich vielen Kerneln pro Zeile sein, erhalten: %1 Kernel in %2 Zeilen</translation>
    </message>
    <message>
        <source>the weight&apos;s second axis must have 1 to %1 channels, got %2</source>
        <translation>die zweite Achse des Gewichts muss 1 bis %1 Kanäle haben, erhalten: %2</translation>
    </message>
    <message>
        <source>kernel %1 is %2; every one must be %3 like the first</source>
        <translation>Kernel %1 ist %2; jeder muss wie der erste %3 sein</translation>
    </message>
    <message>
        <source>values must be finite numbers; kernel %1, row %2, column %3 is not</source>
        <translation>die Werte müssen endliche Zahlen sein; Kernel %1, Zeile %2, Spalte %3 ist es nicht</translation>
    </message>
    <message>
        <source>has %1 weights; the limit is %2</source>
        <translation>hat %1 Gewichte; die Grenze ist %2</translation>
    </message>
    <message>
        <source>must be between 1 and %1, got %2</source>
        <translation>muss zwischen 1 und %1 liegen, erhalten: %2</translation>
    </message>
    <message numerus="yes">
        <source>must divide the input&apos;s %n channels, got %1</source>
        <comment>must divide the input&apos;s %n channel, got %1</comment>
        <translation>
            <numerusform>muss den %n Kanal der Eingabe teilen, erhalten: %1</numerusform>
            <numerusform>muss die %n Kanäle der Eingabe teilen, erhalten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>gives %1 output channels; the limit is %2</source>
        <translation>ergibt %1 Ausgabekanäle; die Grenze ist %2</translation>
    </message>
    <message numerus="yes">
        <source>must divide the %n output channels (the weight&apos;s first axis), got %1</source>
        <comment>must divide the %n output channel (the weight&apos;s first axis), got %1</comment>
        <translation>
            <numerusform>muss den %n Ausgabekanal teilen (die erste Achse des Gewichts), erhalten: %1</numerusform>
            <numerusform>muss die %n Ausgabekanäle teilen (die erste Achse des Gewichts), erhalten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a list needs one number per output channel, %1, got %2</source>
        <translation>eine Liste braucht eine Zahl pro Ausgabekanal, %1, erhalten: %2</translation>
    </message>
    <message>
        <source>must be finite numbers; entry %1 is not</source>
        <translation>müssen endliche Zahlen sein; Eintrag %1 ist es nicht</translation>
    </message>
    <message>
        <source>Keras&apos;s Conv2DTranspose has no groups, so padding &quot;%1&quot; needs groups 1; use integer padding (PyTorch), got groups %2</source>
        <translation>Conv2DTranspose von Keras hat keine Gruppen, daher braucht Padding &quot;%1&quot; groups 1; ganzzahliges Padding (PyTorch) verwenden, erhalten: groups %2</translation>
    </message>
    <message>
        <source>the output would have %1 values (channels × rows × columns); the limit is %2</source>
        <translation>die Ausgabe hätte %1 Werte (Kanäle × Zeilen × Spalten); die Grenze ist %2</translation>
    </message>
    <message>
        <source>the gradient is of a problem of one channel; this one has channel axes (a 3-D input or a 4-D kernel)</source>
        <translation>der Gradient gilt einem Problem mit einem Kanal; dieses hat Kanalachsen (eine 3-D-Eingabe oder einen 4-D-Kernel)</translation>
    </message>
    <message>
        <source>max_unpool2d has only the direct view, not %1: it is not linear (where each maximum goes depends on the values), so no matrix gives it</source>
        <translation>max_unpool2d hat nur die direkte Ansicht, nicht %1: Es ist nicht linear (wohin jedes Maximum geht, hängt von den Werten ab), daher gibt es keine Matrix dafür</translation>
    </message>
    <message>
        <source>zero-insertion applies only to conv_transpose2d; use direct or matrix for %1</source>
        <translation>das Einfügen von Nullen gilt nur für conv_transpose2d; für %1 direct oder matrix verwenden</translation>
    </message>
    <message>
        <source>the %1 view traces one channel; this problem has channel axes</source>
        <translation>die Ansicht %1 verfolgt einen Kanal; dieses Problem hat Kanalachsen</translation>
    </message>
    <message>
        <source>%1 takes one channel: a 2-D input, no groups and no bias</source>
        <translation>%1 nimmt einen Kanal: eine 2-D-Eingabe, keine Gruppen und kein Bias</translation>
    </message>
</context>
<context>
    <name>ShapeSweep</name>
    <message>
        <source>at %1 %2</source>
        <translation>bei %1 %2</translation>
    </message>
    <message>
        <source>At %1 %2</source>
        <translation>Bei %1 %2</translation>
    </message>
    <message>
        <source>stride</source>
        <comment>the swept setting</comment>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>padding</source>
        <comment>the swept setting</comment>
        <translation>Padding</translation>
    </message>
    <message>
        <source>input size</source>
        <comment>the swept setting</comment>
        <translation>Eingabegröße</translation>
    </message>
    <message>
        <source>Keras &apos;valid&apos; (output_padding unset)</source>
        <translation>Keras &apos;valid&apos; (output_padding nicht gesetzt)</translation>
    </message>
    <message>
        <source>Keras &apos;same&apos; (output_padding unset)</source>
        <translation>Keras &apos;same&apos; (output_padding nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a setting and its values</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Kernel &lt; stride with &apos;valid&apos; (%1): the kernel copies do not reach each other, and Keras with output_padding unset sizes the output i·s + max(k − s, 0), padding the gap with zeros; PyTorch, and Keras with output_padding=0, give (i − 1)·s + k. %2: Keras %3 rows, PyTorch %4.</source>
        <translation>Kernel &lt; Schrittweite bei &apos;valid&apos; (%1): Die Kernelkopien reichen nicht aneinander, und Keras mit nicht gesetztem output_padding bemisst die Ausgabe als i·s + max(k − s, 0) und füllt die Lücke mit Nullen; PyTorch sowie Keras mit output_padding=0 ergeben (i − 1)·s + k. %2: Keras %3 Zeilen, PyTorch %4.</translation>
    </message>
    <message>
        <source>Asymmetric &apos;same&apos; (%1): the canvas must lose an odd number of rows; TensorFlow crops %2 before and %3 after (%4), the odd one at the bottom/right. PyTorch&apos;s integer padding is the same on both sides, so it needs output_padding to give the same rows back.</source>
        <translation>Asymmetrisches &apos;same&apos; (%1): Die Leinwand muss eine ungerade Anzahl Zeilen verlieren; TensorFlow schneidet %2 davor und %3 danach ab (%4), den ungeraden Rest unten/rechts. Das ganzzahlige Padding von PyTorch ist auf beiden Seiten gleich, daher braucht es output_padding, um dieselben Zeilen zurückzugeben.</translation>
    </message>
    <message>
        <source>Asymmetric &apos;same&apos; (%1): an odd number of padding zeros is needed; TensorFlow adds %2 before and %3 after (%4), the odd one at the bottom/right. PyTorch&apos;s integer padding is the same on both sides, so no padding=p reproduces it: pad by hand with F.pad first.</source>
        <translation>Asymmetrisches &apos;same&apos; (%1): Eine ungerade Anzahl Padding-Nullen ist nötig; TensorFlow fügt %2 davor und %3 danach hinzu (%4), den ungeraden Rest unten/rechts. Das ganzzahlige Padding von PyTorch ist auf beiden Seiten gleich, daher bildet kein padding=p es nach: zuerst von Hand mit F.pad auffüllen.</translation>
    </message>
    <message>
        <source>output_padding unset vs 0 with &apos;same&apos; (%1): unset, Keras makes the output i·s; output_padding=0 switches to (i − 1)·s + k − 2⌊k/2⌋, PyTorch&apos;s size with p = ⌊k/2⌋. %2: %3 rows unset, %4 with 0.</source>
        <translation>output_padding nicht gesetzt vs. 0 bei &apos;same&apos; (%1): Nicht gesetzt macht Keras die Ausgabe zu i·s; output_padding=0 wechselt zu (i − 1)·s + k − 2⌊k/2⌋, der Größe von PyTorch mit p = ⌊k/2⌋. %2: %3 Zeilen nicht gesetzt, %4 mit 0.</translation>
    </message>
    <message>
        <source>PyTorch and Keras agree on every size in this range where both accept the problem.</source>
        <translation>PyTorch und Keras stimmen in diesem Bereich bei jeder Größe überein, bei der beide das Problem annehmen.</translation>
    </message>
    <message>
        <source>A gap in a line is a size the convention rejects (the output would be empty, output_padding too large, or Keras&apos;s stride-with-dilation rule).</source>
        <translation>Eine Lücke in einer Linie ist eine Größe, die die Konvention ablehnt (die Ausgabe wäre leer, output_padding zu groß oder die Keras-Regel zu Schrittweite mit Dilatation).</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>Kernel %1</source>
        <translation>Kernel %1</translation>
    </message>
    <message>
        <source>zeros inserted and padded</source>
        <translation>Nullen eingefügt und aufgefüllt</translation>
    </message>
    <message>
        <source>padded</source>
        <translation>aufgefüllt</translation>
    </message>
    <message>
        <source>Input %1, %2 → %3</source>
        <translation>Eingabe %1, %2 → %3</translation>
    </message>
    <message>
        <source>Input %1 → %2</source>
        <translation>Eingabe %1 → %2</translation>
    </message>
    <message>
        <source>Canvas %1 → output %2</source>
        <translation>Leinwand %1 → Ausgabe %2</translation>
    </message>
    <message>
        <source>Canvas %1 → %2</source>
        <translation>Leinwand %1 → %2</translation>
    </message>
    <message>
        <source>Pooled maxima %1</source>
        <translation>Gepoolte Maxima %1</translation>
    </message>
    <message>
        <source>%1, rotated 180°</source>
        <translation>%1, um 180° gedreht</translation>
    </message>
    <message>
        <source>Rotated kernel</source>
        <translation>Gedrehter Kernel</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>%1: fixed, not learned</source>
        <translation>%1: fest, nicht gelernt</translation>
    </message>
    <message>
        <source>%1, fixed</source>
        <translation>%1, fest</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>%1 on the canvas, %2</source>
        <translation>%1 auf der Leinwand, %2</translation>
    </message>
    <message>
        <source>Padded %1 → %2</source>
        <translation>Aufgefüllt %1 → %2</translation>
    </message>
    <message>
        <source>Zero-inserted %1</source>
        <translation>Mit eingefügten Nullen %1</translation>
    </message>
    <message>
        <source>Padded %1</source>
        <translation>Aufgefüllt %1</translation>
    </message>
    <message>
        <source>Input channel %1 of %2 (%3)</source>
        <translation>Eingabekanal %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Input channel %1</source>
        <translation>Eingabekanal %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>%1, zeros inserted and padded → %2</source>
        <translation>%1, Nullen eingefügt und aufgefüllt → %2</translation>
    </message>
    <message>
        <source>%1, padded → %2</source>
        <translation>%1, aufgefüllt → %2</translation>
    </message>
    <message>
        <source>Input channel %1 → %2</source>
        <translation>Eingabekanal %1 → %2</translation>
    </message>
    <message>
        <source>Zero-inserted channel %1</source>
        <translation>Kanal %1 mit eingefügten Nullen</translation>
    </message>
    <message>
        <source>Padded channel %1</source>
        <translation>Aufgefüllter Kanal %1</translation>
    </message>
    <message>
        <source>Output channel %1 of %2 (%3)</source>
        <translation>Ausgabekanal %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Output channel %1</source>
        <translation>Ausgabekanal %1</translation>
    </message>
    <message>
        <source>Canvas %1 → output channel %2 (%3)</source>
        <translation>Leinwand %1 → Ausgabekanal %2 (%3)</translation>
    </message>
    <message>
        <source>Canvas %1 → channel %2</source>
        <translation>Leinwand %1 → Kanal %2</translation>
    </message>
    <message>
        <source>Kernel %1 (%2)</source>
        <translation>Kernel %1 (%2)</translation>
    </message>
    <message>
        <source>Rotated %1</source>
        <translation>Gedrehtes %1</translation>
    </message>
    <message numerus="yes">
        <source>%n input channels</source>
        <translation>
            <numerusform>%n Eingabekanal</numerusform>
            <numerusform>%n Eingabekanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kernels</source>
        <translation>
            <numerusform>%n Kernel</numerusform>
            <numerusform>%n Kernel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output channels</source>
        <translation>
            <numerusform>%n Ausgabekanal</numerusform>
            <numerusform>%n Ausgabekanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, block-diagonal over %2 groups</source>
        <translation>%1, blockdiagonal über %2 Gruppen</translation>
    </message>
    <message>
        <source>%1, not in this step</source>
        <translation>%1, nicht in diesem Schritt</translation>
    </message>
    <message>
        <source>not in this step</source>
        <translation>nicht in diesem Schritt</translation>
    </message>
</context>
<context>
    <name>StageAccessible</name>
    <message>
        <source>Shift+arrow keys move from cell to cell and from grid to grid; F2 edits an input or kernel cell</source>
        <translation>Umschalt+Pfeiltasten wechseln von Zelle zu Zelle und von Raster zu Raster; F2 bearbeitet eine Eingabe- oder Kernelzelle</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>none</source>
        <comment>no indices</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>the &apos;same&apos; crop</source>
        <translation>der &apos;same&apos;-Zuschnitt</translation>
    </message>
    <message numerus="yes">
        <source>it starts at row stride %1 × input row %2 − %3 %4 = %5 and covers the kernel&apos;s %n rows</source>
        <comment>it starts at row stride %1 × input row %2 − %3 %4 = %5 and covers the kernel&apos;s %n row</comment>
        <translation>
            <numerusform>sie beginnt bei Zeile Schrittweite %1 × Eingabezeile %2 − %3 %4 = %5 und umfasst die %n Zeile des Kernels</numerusform>
            <numerusform>sie beginnt bei Zeile Schrittweite %1 × Eingabezeile %2 − %3 %4 = %5 und umfasst die %n Zeilen des Kernels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it starts at column stride %1 × input column %2 − %3 %4 = %5 and covers the kernel&apos;s %n columns</source>
        <comment>it starts at column stride %1 × input column %2 − %3 %4 = %5 and covers the kernel&apos;s %n column</comment>
        <translation>
            <numerusform>sie beginnt bei Spalte Schrittweite %1 × Eingabespalte %2 − %3 %4 = %5 und umfasst die %n Spalte des Kernels</numerusform>
            <numerusform>sie beginnt bei Spalte Schrittweite %1 × Eingabespalte %2 − %3 %4 = %5 und umfasst die %n Spalten des Kernels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it starts at row stride %1 × input row %2 = %3 and covers the kernel&apos;s %n rows</source>
        <comment>it starts at row stride %1 × input row %2 = %3 and covers the kernel&apos;s %n row</comment>
        <translation>
            <numerusform>sie beginnt bei Zeile Schrittweite %1 × Eingabezeile %2 = %3 und umfasst die %n Zeile des Kernels</numerusform>
            <numerusform>sie beginnt bei Zeile Schrittweite %1 × Eingabezeile %2 = %3 und umfasst die %n Zeilen des Kernels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it starts at column stride %1 × input column %2 = %3 and covers the kernel&apos;s %n columns</source>
        <comment>it starts at column stride %1 × input column %2 = %3 and covers the kernel&apos;s %n column</comment>
        <translation>
            <numerusform>sie beginnt bei Spalte Schrittweite %1 × Eingabespalte %2 = %3 und umfasst die %n Spalte des Kernels</numerusform>
            <numerusform>sie beginnt bei Spalte Schrittweite %1 × Eingabespalte %2 = %3 und umfasst die %n Spalten des Kernels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 apart (dilation)</source>
        <translation>%1, jeweils %2 auseinander (Dilatation)</translation>
    </message>
    <message>
        <source>%1 (the output has only rows 0–%2)</source>
        <translation>%1 (die Ausgabe hat nur die Zeilen 0–%2)</translation>
    </message>
    <message>
        <source>%1 (the output has only columns 0–%2)</source>
        <translation>%1 (die Ausgabe hat nur die Spalten 0–%2)</translation>
    </message>
    <message>
        <source>Not right: %1.</source>
        <translation>Nicht richtig: %1.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>reasons in a row</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>value</source>
        <comment>what an exercise asks for</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>reach</source>
        <comment>what an exercise asks for</comment>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>shape</source>
        <comment>what an exercise asks for</comment>
        <translation>Form</translation>
    </message>
    <message>
        <source>recipe</source>
        <comment>what an exercise asks for</comment>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>the kernel has %1</source>
        <translation>der Kernel hat %1</translation>
    </message>
    <message>
        <source>this cell receives %1</source>
        <translation>diese Zelle erhält %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>a zero</source>
        <translation>eine Null</translation>
    </message>
    <message numerus="yes">
        <source>you added %n products; %1 (the missing one is %2 × kernel %3 = %4 = %5)</source>
        <comment>you added %n product; %1 (the missing one is %2 × kernel %3 = %4 = %5)</comment>
        <translation>
            <numerusform>%n Produkt addiert; %1 (das fehlende ist %2 × Kernel %3 = %4 = %5)</numerusform>
            <numerusform>%n Produkte addiert; %1 (das fehlende ist %2 × Kernel %3 = %4 = %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>that is the sum with the kernel turned 180°; conv2d multiplies by the kernel as it stands (PyTorch and Keras compute a cross-correlation, without a flip)</source>
        <translation>das ist die Summe mit um 180° gedrehtem Kernel; conv2d multipliziert mit dem Kernel, wie er ist (PyTorch und Keras berechnen eine Kreuzkorrelation, ohne Spiegelung)</translation>
    </message>
    <message>
        <source>that is the sum with the kernel as it stands; sliding over the zero-inserted input needs the kernel turned 180°</source>
        <translation>das ist die Summe mit dem Kernel, wie er ist; das Gleiten über die Eingabe mit eingefügten Nullen braucht den um 180° gedrehten Kernel</translation>
    </message>
    <message>
        <source>you left out the bias %1</source>
        <translation>der Bias %1 fehlt</translation>
    </message>
    <message>
        <source>Right: output %1 = %2 = %3.</source>
        <translation>Richtig: Ausgabe %1 = %2 = %3.</translation>
    </message>
    <message>
        <source>Not right: %1. Output %2 = %3 = %4.</source>
        <translation>Nicht richtig: %1. Ausgabe %2 = %3 = %4.</translation>
    </message>
    <message>
        <source>Not right: %1 is not the value. Output %2 = %3 = %4.</source>
        <translation>Nicht richtig: %1 ist nicht der Wert. Ausgabe %2 = %3 = %4.</translation>
    </message>
    <message>
        <source>Right: input %1 reaches no output cell.</source>
        <translation>Richtig: Eingabe %1 erreicht keine Ausgabezelle.</translation>
    </message>
    <message numerus="yes">
        <source>Right: input %1 reaches rows %2 and columns %3, %n cells.</source>
        <comment>Right: input %1 reaches rows %2 and columns %3, %n cell.</comment>
        <translation>
            <numerusform>Richtig: Eingabe %1 erreicht die Zeilen %2 und die Spalten %3, %n Zelle.</numerusform>
            <numerusform>Richtig: Eingabe %1 erreicht die Zeilen %2 und die Spalten %3, %n Zellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>this input reaches rows %1, not %2: %3</source>
        <translation>diese Eingabe erreicht die Zeilen %1, nicht %2: %3</translation>
    </message>
    <message>
        <source>this input reaches columns %1, not %2: %3</source>
        <translation>diese Eingabe erreicht die Spalten %1, nicht %2: %3</translation>
    </message>
    <message>
        <source>it also reaches %1</source>
        <translation>sie erreicht auch %1</translation>
    </message>
    <message>
        <source>it does not reach %1</source>
        <translation>sie erreicht %1 nicht</translation>
    </message>
    <message>
        <source>rows %1: %2</source>
        <translation>Zeilen %1: %2</translation>
    </message>
    <message>
        <source>columns %1: %2</source>
        <translation>Spalten %1: %2</translation>
    </message>
    <message>
        <source>Right: the output is %1.</source>
        <translation>Richtig: Die Ausgabe ist %1.</translation>
    </message>
    <message numerus="yes">
        <source>the output has %n rows, not %1: %2</source>
        <comment>the output has %n row, not %1: %2</comment>
        <translation>
            <numerusform>die Ausgabe hat %n Zeile, nicht %1: %2</numerusform>
            <numerusform>die Ausgabe hat %n Zeilen, nicht %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the output has %n columns, not %1: %2</source>
        <comment>the output has %n column, not %1: %2</comment>
        <translation>
            <numerusform>die Ausgabe hat %n Spalte, nicht %1: %2</numerusform>
            <numerusform>die Ausgabe hat %n Spalten, nicht %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Right: with stride − 1 zeros between neighbours the input is %1.</source>
        <translation>Richtig: Mit Schrittweite − 1 Nullen zwischen Nachbarn ist die Eingabe %1.</translation>
    </message>
    <message numerus="yes">
        <source>the zero-inserted input has %n rows, not %1: %2</source>
        <comment>the zero-inserted input has %n row, not %1: %2</comment>
        <translation>
            <numerusform>die Eingabe mit eingefügten Nullen hat %n Zeile, nicht %1: %2</numerusform>
            <numerusform>die Eingabe mit eingefügten Nullen hat %n Zeilen, nicht %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the zero-inserted input has %n columns, not %1: %2</source>
        <comment>the zero-inserted input has %n column, not %1: %2</comment>
        <translation>
            <numerusform>die Eingabe mit eingefügten Nullen hat %n Spalte, nicht %1: %2</numerusform>
            <numerusform>die Eingabe mit eingefügten Nullen hat %n Spalten, nicht %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>This problem has no zero-insertion recipe with padding of zero or more: a side would have to be cropped instead.</source>
        <translation>Für dieses Problem gibt es kein Rezept mit eingefügten Nullen und einem Padding von null oder mehr: Eine Seite müsste stattdessen zugeschnitten werden.</translation>
    </message>
    <message>
        <source>%1: %2 = %3, not %4</source>
        <comment>a recipe&apos;s number, why it is what it is</comment>
        <translation>%1: %2 = %3, nicht %4</translation>
    </message>
    <message>
        <source>zeros between rows</source>
        <translation>Nullen zwischen den Zeilen</translation>
    </message>
    <message>
        <source>zeros between columns</source>
        <translation>Nullen zwischen den Spalten</translation>
    </message>
    <message>
        <source>d(k−1) − %1 = %2 − %3</source>
        <translation>d(k−1) − %1 = %2 − %3</translation>
    </message>
    <message>
        <source>o + d(k−1) − zero-inserted rows − pad top = %1 + %2 − %3 − %4</source>
        <translation>o + d(k−1) − Zeilen mit eingefügten Nullen − Padding oben = %1 + %2 − %3 − %4</translation>
    </message>
    <message>
        <source>o + d(k−1) − zero-inserted columns − pad left = %1 + %2 − %3 − %4</source>
        <translation>o + d(k−1) − Spalten mit eingefügten Nullen − Padding links = %1 + %2 − %3 − %4</translation>
    </message>
    <message>
        <source>pad top</source>
        <translation>Padding oben</translation>
    </message>
    <message>
        <source>pad bottom</source>
        <translation>Padding unten</translation>
    </message>
    <message>
        <source>pad left</source>
        <translation>Padding links</translation>
    </message>
    <message>
        <source>pad right</source>
        <translation>Padding rechts</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>Richtig: %1.</translation>
    </message>
    <message>
        <source>Not right: this exercise asks for the %1, not the %2.</source>
        <translation>Nicht richtig: Diese Übung fragt nach „%1“, nicht nach „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>Right: input %1 reaches canvas rows %2 and columns %3, %n cells.</source>
        <comment>Right: input %1 reaches canvas rows %2 and columns %3, %n cell.</comment>
        <translation>
            <numerusform>Richtig: Eingabe %1 erreicht die Leinwandzeilen %2 und -spalten %3, %n Zelle.</numerusform>
            <numerusform>Richtig: Eingabe %1 erreicht die Leinwandzeilen %2 und -spalten %3, %n Zellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>this input reaches canvas rows %1, not %2: %3</source>
        <translation>diese Eingabe erreicht die Leinwandzeilen %1, nicht %2: %3</translation>
    </message>
    <message>
        <source>this input reaches canvas columns %1, not %2: %3</source>
        <translation>diese Eingabe erreicht die Leinwandspalten %1, nicht %2: %3</translation>
    </message>
    <message>
        <source>canvas rows %1: %2</source>
        <translation>Leinwandzeilen %1: %2</translation>
    </message>
    <message>
        <source>canvas columns %1: %2</source>
        <translation>Leinwandspalten %1: %2</translation>
    </message>
    <message>
        <source>that is the stride applied to the wrong side: the inputs spread over the output by the stride, as a transposed convolution spreads them; conv2d moves its window over the input by the stride %1, so the window of output %2 starts at padded input %3</source>
        <translation>das ist die Schrittweite auf der falschen Seite angewandt: Die Eingaben verteilen sich mit der Schrittweite über die Ausgabe, wie eine transponierte Faltung sie verteilt; conv2d bewegt sein Fenster mit der Schrittweite %1 über die Eingabe, daher beginnt das Fenster von Ausgabe %2 bei der aufgefüllten Eingabe %3</translation>
    </message>
    <message>
        <source>that is the stride applied to the wrong side: a window moved over the input by the stride, as conv2d moves it; a transposed convolution spreads the inputs over the output by the stride %1, so input (i, j) lands from canvas cell %2</source>
        <translation>das ist die Schrittweite auf der falschen Seite angewandt: ein Fenster, das mit der Schrittweite über die Eingabe bewegt wird, wie conv2d es bewegt; eine transponierte Faltung verteilt die Eingaben mit der Schrittweite %1 über die Ausgabe, daher landet Eingabe (i, j) ab Leinwandzelle %2</translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation>Padding %1</translation>
    </message>
    <message>
        <source>&apos;same&apos; padding</source>
        <translation>&apos;same&apos;-Padding</translation>
    </message>
    <message>
        <source>that is the padding on one side only: %1 adds zeros at the top and left as well as at the bottom and right, so the window of output %2 starts at input %3, not %4</source>
        <translation>das ist das Padding auf nur einer Seite: %1 fügt Nullen oben und links ebenso wie unten und rechts hinzu, daher beginnt das Fenster von Ausgabe %2 bei Eingabe %3, nicht %4</translation>
    </message>
    <message>
        <source>that is the crop on one side only: %1 removes canvas rows and columns at the top and left as well as at the bottom and right, so output %2 is canvas cell %3, not %4</source>
        <translation>das ist der Zuschnitt auf nur einer Seite: %1 entfernt Leinwandzeilen und -spalten oben und links ebenso wie unten und rechts, daher ist Ausgabe %2 die Leinwandzelle %3, nicht %4</translation>
    </message>
    <message>
        <source>the output size</source>
        <translation>die Ausgabegröße</translation>
    </message>
    <message numerus="yes">
        <source>%1 removes %n rows from the top and %2 from the bottom of the %3 canvas rows, 0–%4</source>
        <comment>%1 removes %n row from the top and %2 from the bottom of the %3 canvas rows, 0–%4</comment>
        <translation>
            <numerusform>%1 entfernt %n Zeile oben und %2 unten von den %3 Leinwandzeilen, 0–%4</numerusform>
            <numerusform>%1 entfernt %n Zeilen oben und %2 unten von den %3 Leinwandzeilen, 0–%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removes %n columns from the left and %2 from the right of the %3 canvas columns, 0–%4</source>
        <comment>%1 removes %n column from the left and %2 from the right of the %3 canvas columns, 0–%4</comment>
        <translation>
            <numerusform>%1 entfernt %n Spalte links und %2 rechts von den %3 Leinwandspalten, 0–%4</numerusform>
            <numerusform>%1 entfernt %n Spalten links und %2 rechts von den %3 Leinwandspalten, 0–%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Keras&apos;s output size, input × stride,</source>
        <translation>die Ausgabegröße von Keras, Eingabe × Schrittweite,</translation>
    </message>
    <message>
        <source>the crop kept rows %1</source>
        <translation>der Zuschnitt behielt die Zeilen %1</translation>
    </message>
    <message>
        <source>the crop kept columns %1</source>
        <translation>der Zuschnitt behielt die Spalten %1</translation>
    </message>
    <message>
        <source>the canvas has rows %1</source>
        <translation>die Leinwand hat die Zeilen %1</translation>
    </message>
    <message>
        <source>the canvas has columns %1</source>
        <translation>die Leinwand hat die Spalten %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 adds %n rows at the bottom</source>
        <comment>%1 and %2 adds %n row at the bottom</comment>
        <translation>
            <numerusform>%1 und %2 fügt unten %n Zeile hinzu</numerusform>
            <numerusform>%1 und %2 fügt unten %n Zeilen hinzu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 adds %n columns at the right</source>
        <comment>%1 and %2 adds %n column at the right</comment>
        <translation>
            <numerusform>%1 und %2 fügt rechts %n Spalte hinzu</numerusform>
            <numerusform>%1 und %2 fügt rechts %n Spalten hinzu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rows past %2 lie beyond the canvas and hold zeros)</source>
        <translation>%1 (Zeilen nach %2 liegen jenseits der Leinwand und enthalten Nullen)</translation>
    </message>
    <message>
        <source>%1 (columns past %2 lie beyond the canvas and hold zeros)</source>
        <translation>%1 (Spalten nach %2 liegen jenseits der Leinwand und enthalten Nullen)</translation>
    </message>
    <message>
        <source>Right: the crop keeps canvas rows %1 and columns %2, leaving %3.</source>
        <translation>Richtig: Der Zuschnitt behält die Leinwandzeilen %1 und -spalten %2; übrig bleibt %3.</translation>
    </message>
    <message>
        <source>Right: the output is canvas rows %1 and columns %2, %3.</source>
        <translation>Richtig: Die Ausgabe besteht aus den Leinwandzeilen %1 und -spalten %2, %3.</translation>
    </message>
    <message>
        <source>the crop keeps canvas rows %1, not %2: %3</source>
        <translation>der Zuschnitt behält die Leinwandzeilen %1, nicht %2: %3</translation>
    </message>
    <message>
        <source>the crop keeps canvas columns %1, not %2: %3</source>
        <translation>der Zuschnitt behält die Leinwandspalten %1, nicht %2: %3</translation>
    </message>
    <message>
        <source>the output is canvas rows %1, not %2: %3</source>
        <translation>die Ausgabe besteht aus den Leinwandzeilen %1, nicht %2: %3</translation>
    </message>
    <message>
        <source>the output is canvas columns %1, not %2: %3</source>
        <translation>die Ausgabe besteht aus den Leinwandspalten %1, nicht %2: %3</translation>
    </message>
    <message>
        <source>Not right: that answer does not fit this question.</source>
        <translation>Nicht richtig: Diese Antwort passt nicht zu dieser Frage.</translation>
    </message>
    <message>
        <source>Not right: this step asks for nothing.</source>
        <translation>Nicht richtig: Dieser Schritt fragt nach nichts.</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>zero insertion</source>
        <translation>Einfügen von Nullen</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>backward: input gradient</source>
        <translation>rückwärts: Eingabegradient</translation>
    </message>
    <message>
        <source>backward: kernel gradient</source>
        <translation>rückwärts: Kernelgradient</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n row</comment>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <comment>%n column</comment>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zeros</source>
        <comment>%n zero</comment>
        <translation>
            <numerusform>%n Null</numerusform>
            <numerusform>%n Nullen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells</source>
        <comment>%n cell</comment>
        <translation>
            <numerusform>%n Zelle</numerusform>
            <numerusform>%n Zellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <comment>%n value</comment>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <comment>%n product</comment>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>convstep</name>
    <message>
        <source>row %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source> (%1 products)</source>
        <translation> (%1 Produkte)</translation>
    </message>
    <message>
        <source>, in this step: %1 products</source>
        <translation>, in diesem Schritt: %1 Produkte</translation>
    </message>
    <message>
        <source>, in this step: %1</source>
        <translation>, in diesem Schritt: %1</translation>
    </message>
    <message>
        <source>Input %1: %2</source>
        <translation>Eingabe %1: %2</translation>
    </message>
    <message>
        <source>Padding at %1: not added yet</source>
        <translation>Padding bei %1: noch nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Padding at %1: %2</source>
        <translation>Padding bei %1: %2</translation>
    </message>
    <message>
        <source>Inserted zero at %1: not inserted yet</source>
        <translation>Eingefügte Null bei %1: noch nicht eingefügt</translation>
    </message>
    <message>
        <source>Inserted zero at %1: %2</source>
        <translation>Eingefügte Null bei %1: %2</translation>
    </message>
    <message>
        <source>Upstream gradient %1: %2</source>
        <translation>Upstream-Gradient %1: %2</translation>
    </message>
    <message>
        <source>, used in this step</source>
        <translation>, in diesem Schritt verwendet</translation>
    </message>
    <message>
        <source>Pooled maximum %1: not pooled yet</source>
        <translation>Gepooltes Maximum %1: noch nicht gepoolt</translation>
    </message>
    <message>
        <source>Pooled maximum %1: %2, from input %3</source>
        <translation>Gepooltes Maximum %1: %2, aus Eingabe %3</translation>
    </message>
    <message>
        <source>, pooled in this step</source>
        <translation>, in diesem Schritt gepoolt</translation>
    </message>
    <message>
        <source>, put back in this step</source>
        <translation>, in diesem Schritt zurückgelegt</translation>
    </message>
    <message>
        <source>Kernel %1, turned 180°: %2</source>
        <translation>Kernel %1, um 180° gedreht: %2</translation>
    </message>
    <message>
        <source>Kernel %1: %2</source>
        <translation>Kernel %1: %2</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>Canvas %1, outside the output</source>
        <translation>Leinwand %1, außerhalb der Ausgabe</translation>
    </message>
    <message>
        <source>%1: cropped away</source>
        <translation>%1: weggeschnitten</translation>
    </message>
    <message>
        <source>%1: no products yet</source>
        <translation>%1: noch keine Produkte</translation>
    </message>
    <message>
        <source>%1: not computed yet</source>
        <translation>%1: noch nicht berechnet</translation>
    </message>
    <message>
        <source>%1, computed in this step: %2 = %3</source>
        <translation>%1, in diesem Schritt berechnet: %2 = %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, from 1 product</source>
        <translation>, aus 1 Produkt</translation>
    </message>
    <message>
        <source>, from %1 products</source>
        <translation>, aus %1 Produkten</translation>
    </message>
    <message>
        <source>, written in this step</source>
        <translation>, in diesem Schritt geschrieben</translation>
    </message>
    <message>
        <source>x[%1] = input %2: %3</source>
        <translation>x[%1] = Eingabe %2: %3</translation>
    </message>
    <message>
        <source>y[%1] = output %2</source>
        <translation>y[%1] = Ausgabe %2</translation>
    </message>
    <message>
        <source>%1 %2: 0, input %3 is outside the window of output %4</source>
        <translation>%1 %2: 0, Eingabe %3 liegt außerhalb des Fensters von Ausgabe %4</translation>
    </message>
    <message>
        <source>%1 %2: %3, kernel %4 from input %5 to output %6</source>
        <translation>%1 %2: %3, Kernel %4 von Eingabe %5 zu Ausgabe %6</translation>
    </message>
    <message>
        <source>, in this step&apos;s row</source>
        <translation>, in der Zeile dieses Schritts</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>Die Eingabe</translation>
    </message>
    <message>
        <source>The input as the kernel reads it, with its padding and inserted zeros</source>
        <translation>Die Eingabe, wie der Kernel sie liest, mit ihrem Padding und den eingefügten Nullen</translation>
    </message>
    <message>
        <source>The largest value of each block of the input, and where it was</source>
        <translation>Der größte Wert jedes Blocks der Eingabe und wo er lag</translation>
    </message>
    <message>
        <source>The kernel&apos;s weights</source>
        <translation>Die Gewichte des Kernels</translation>
    </message>
    <message>
        <source>The canvas the products are added onto; the output is the part the crop keeps</source>
        <translation>Die Leinwand, auf die die Produkte addiert werden; die Ausgabe ist der Teil, den der Zuschnitt behält</translation>
    </message>
    <message>
        <source>The output, filled in step by step</source>
        <translation>Die Ausgabe, Schritt für Schritt gefüllt</translation>
    </message>
    <message>
        <source>The operation as a matrix: row r makes output cell r and column c reads input cell c, cells counted row by row</source>
        <translation>Die Operation als Matrix: Zeile r ergibt Ausgabezelle r und Spalte c liest Eingabezelle c, Zellen zeilenweise gezählt</translation>
    </message>
    <message>
        <source>The input flattened row by row</source>
        <translation>Die Eingabe, zeilenweise abgeflacht</translation>
    </message>
    <message>
        <source>The output flattened row by row: y = %1·x</source>
        <translation>Die Ausgabe, zeilenweise abgeflacht: y = %1·x</translation>
    </message>
</context>
<context>
    <name>convstep::BiasBox</name>
    <message>
        <source>Added to every output cell</source>
        <translation>Wird zu jeder Ausgabezelle addiert</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>je Kanal</translation>
    </message>
    <message>
        <source>A bias per output channel, set under Channels: %1</source>
        <translation>Ein Bias je Ausgabekanal, festgelegt unter „Kanäle“: %1</translation>
    </message>
</context>
<context>
    <name>convstep::CalculationStrip</name>
    <message>
        <source>Calculation</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>cells done: %1 of %2</source>
        <translation>fertige Zellen: %1 von %2</translation>
    </message>
    <message>
        <source>products in the output: %1 of %2 (%3 cropped away)</source>
        <translation>Produkte in der Ausgabe: %1 von %2 (%3 weggeschnitten)</translation>
    </message>
    <message>
        <source>products so far: %1</source>
        <translation>Produkte bisher: %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>cropped cell</source>
        <translation>weggeschnittene Zelle</translation>
    </message>
    <message>
        <source>%1 so far: %2 (%3)</source>
        <translation>%1 bisher: %2 (%3)</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 Produkt</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 Produkte</translation>
    </message>
    <message>
        <source>No calculation</source>
        <translation>Keine Rechnung</translation>
    </message>
    <message>
        <source>Predict first: the arithmetic shows once the step plays.</source>
        <translation>Erst vorhersagen: Die Rechnung erscheint, sobald der Schritt abläuft.</translation>
    </message>
</context>
<context>
    <name>convstep::ChannelEditor</name>
    <message>
        <source>Input channels</source>
        <translation>Eingabekanäle</translation>
    </message>
    <message>
        <source>C_in: the input&apos;s channels (3 for an RGB image)</source>
        <translation>C_in: die Kanäle der Eingabe (3 bei einem RGB-Bild)</translation>
    </message>
    <message>
        <source>Output channels</source>
        <translation>Ausgabekanäle</translation>
    </message>
    <message>
        <source>C_out: one per filter</source>
        <translation>C_out: einer pro Filter</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Each output channel sees only the input channels of its group; groups divides both channel counts</source>
        <translation>Jeder Ausgabekanal sieht nur die Eingabekanäle seiner Gruppe; groups muss beide Kanalzahlen teilen</translation>
    </message>
    <message>
        <source>Depthwise</source>
        <translation>Tiefenweise</translation>
    </message>
    <message>
        <source>groups = C_in: every input channel gets its own filters</source>
        <translation>groups = C_in: jeder Eingabekanal erhält eigene Filter</translation>
    </message>
    <message>
        <source>Bias per output channel</source>
        <translation>Bias pro Ausgabekanal</translation>
    </message>
    <message>
        <source>one bias for all, or b0, b1, …</source>
        <translation>ein Bias für alle oder b0, b1, …</translation>
    </message>
    <message>
        <source>One number per output channel, separated by commas; empty: the bias term for every channel</source>
        <translation>Eine Zahl pro Ausgabekanal, durch Kommas getrennt; leer: der Bias-Term für jeden Kanal</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>bias per channel</source>
        <translation>Bias pro Kanal</translation>
    </message>
    <message>
        <source>Groups must divide both channel counts (%1 and %2).</source>
        <translation>Die Gruppenzahl muss beide Kanalzahlen teilen (%1 und %2).</translation>
    </message>
    <message>
        <source>Set channels to %1 → %2</source>
        <translation>Kanäle auf %1 → %2 setzen</translation>
    </message>
    <message>
        <source> in %1 groups</source>
        <translation> in %1 Gruppen</translation>
    </message>
    <message>
        <source>Make it depthwise: %1 → %2 in %3 groups</source>
        <translation>Tiefenweise machen: %1 → %2 in %3 Gruppen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Give one bias for the output channel.</source>
        <translation>Einen Bias für den Ausgabekanal angeben.</translation>
    </message>
    <message>
        <source>Give %1 biases, one per output channel.</source>
        <translation>%1 Bias-Werte angeben, einen pro Ausgabekanal.</translation>
    </message>
    <message>
        <source>Use one bias for every channel</source>
        <translation>Einen Bias für alle Kanäle verwenden</translation>
    </message>
    <message>
        <source>Set a bias per channel</source>
        <translation>Einen Bias pro Kanal festlegen</translation>
    </message>
</context>
<context>
    <name>convstep::ChannelStackView</name>
    <message>
        <source>Channel stacks</source>
        <translation>Kanalstapel</translation>
    </message>
    <message>
        <source>%1 input channels, %2 output channels; this step reads %3 and writes %4</source>
        <translation>%1 Eingabekanäle, %2 Ausgabekanäle; dieser Schritt liest %3 und schreibt %4</translation>
    </message>
    <message>
        <source>The channel stacks show a convolution&apos;s layer.</source>
        <translation>Die Kanalstapel zeigen die Schicht einer Faltung.</translation>
    </message>
    <message>
        <source>input: %1 × %2×%3</source>
        <translation>Eingabe: %1 × %2×%3</translation>
    </message>
    <message>
        <source>output: %1 × %2×%3</source>
        <translation>Ausgabe: %1 × %2×%3</translation>
    </message>
</context>
<context>
    <name>convstep::CheckerboardImageLab</name>
    <message>
        <source>Open &amp;image…</source>
        <translation>&amp;Bild öffnen…</translation>
    </message>
    <message>
        <source>Sample &amp;photo</source>
        <translation>Beispiel&amp;foto</translation>
    </message>
    <message>
        <source>Row of the profile</source>
        <translation>Zeile des Profils</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>Ganzes Bild</translation>
    </message>
    <message>
        <source>%1× around the row</source>
        <translation>%1× um die Zeile</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Profile &amp;row:</source>
        <translation>Profil&amp;zeile:</translation>
    </message>
    <message>
        <source>Row profile of the three upsampled images</source>
        <translation>Zeilenprofil der drei per Upsampling vergrößerten Bilder</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>brightness (input 0–1)</source>
        <translation>Helligkeit (Eingabe 0–1)</translation>
    </message>
    <message>
        <source>Each picture is stretched from its darkest to its brightest value; the profile shows the values themselves. The kernels are constant (weights s²/k² and 1/9), so any pattern comes from the overlap alone.</source>
        <translation>Jedes Bild wird von seinem dunkelsten bis zu seinem hellsten Wert gestreckt; das Profil zeigt die Werte selbst. Die Kernel sind konstant (Gewichte s²/k² und 1/9), daher stammt jedes Muster allein aus der Überlappung.</translation>
    </message>
    <message>
        <source>Transposed conv k=3, s=2</source>
        <translation>Transponierte Faltung k=3, s=2</translation>
    </message>
    <message>
        <source>Transposed conv k=4, s=2</source>
        <translation>Transponierte Faltung k=4, s=2</translation>
    </message>
    <message>
        <source>Nearest ×2, then 3×3 conv</source>
        <translation>Nächster Nachbar ×2, dann 3×3-Faltung</translation>
    </message>
    <message>
        <source>sample photo</source>
        <translation>Beispielfoto</translation>
    </message>
    <message>
        <source>Could not open “%1” as an image: %2. The picture below is unchanged.</source>
        <translation>„%1“ konnte nicht als Bild geöffnet werden: %2. Das Bild unten bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1: %2×%3, scaled to %4×%5</source>
        <translation>%1: %2×%3, skaliert auf %4×%5</translation>
    </message>
    <message>
        <source>Open an Image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>column of row %1</source>
        <translation>Spalte von Zeile %1</translation>
    </message>
    <message>
        <source>Upsample a picture of your own</source>
        <translation>Upsampling auf ein eigenes Bild anwenden</translation>
    </message>
    <message>
        <source>Upsample the built-in photo</source>
        <translation>Upsampling auf das eingebaute Foto anwenden</translation>
    </message>
    <message>
        <source>The image row plotted below</source>
        <translation>Die unten geplottete Bildzeile</translation>
    </message>
    <message>
        <source>How much of the pictures to show around the profile row</source>
        <translation>Wie viel der Bilder um die Profilzeile gezeigt wird</translation>
    </message>
</context>
<context>
    <name>convstep::CheckerboardLab</name>
    <message>
        <source>Checkerboard lab</source>
        <translation>Schachbrett-Labor</translation>
    </message>
    <message>
        <source>&amp;Overlap counts</source>
        <translation>&amp;Überlappungszahlen</translation>
    </message>
    <message>
        <source>On a &amp;photo</source>
        <translation>Auf einem &amp;Foto</translation>
    </message>
    <message>
        <source>Kernel size k</source>
        <translation>Kernelgröße k</translation>
    </message>
    <message>
        <source>Stride s</source>
        <translation>Schrittweite s</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Eingabegröße</translation>
    </message>
    <message>
        <source>&amp;Follow the current transposed problem</source>
        <translation>Aktuellem transponiertem Problem &amp;folgen</translation>
    </message>
    <message>
        <source>Count the problem on the stage (with its padding, dilation and output_padding) when it is a transposed convolution</source>
        <translation>Das Problem auf der Bühne zählen (mit Padding, Dilatation und output_padding), wenn es eine transponierte Faltung ist</translation>
    </message>
    <message>
        <source>Row of the profile</source>
        <translation>Zeile des Profils</translation>
    </message>
    <message>
        <source>The output row plotted below; clicking the map picks one too</source>
        <translation>Die unten geplottete Ausgabezeile; ein Klick in die Karte wählt ebenfalls eine</translation>
    </message>
    <message>
        <source>&amp;Kernel k:</source>
        <translation>&amp;Kernel k:</translation>
    </message>
    <message>
        <source>&amp;Stride s:</source>
        <translation>&amp;Schrittweite s:</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <source>Overlap counts heat map</source>
        <translation>Heatmap der Überlappungszahlen</translation>
    </message>
    <message>
        <source>output column</source>
        <translation>Ausgabespalte</translation>
    </message>
    <message>
        <source>output row</source>
        <translation>Ausgabezeile</translation>
    </message>
    <message>
        <source>input cells reaching it</source>
        <translation>Eingabezellen, die sie erreichen</translation>
    </message>
    <message>
        <source>Overlap count along the chosen row</source>
        <translation>Überlappungszahl entlang der gewählten Zeile</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Count along &amp;row:</source>
        <translation>Zählen entlang &amp;Zeile:</translation>
    </message>
    <message>
        <source>(or click a row of the map)</source>
        <translation>(oder eine Zeile der Karte anklicken)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The problem on the stage is not a transposed convolution (or its output is too large to draw): counting the k and s above.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Das Problem auf der Bühne ist keine transponierte Faltung (oder seine Ausgabe ist zu groß zum Zeichnen): gezählt wird mit k und s von oben.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Rows axis shown; the columns have their own k and s.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Zeilenachse gezeigt; die Spalten haben eigene Werte für k und s.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 × %2 output of conv_transpose2d</source>
        <translation>%1 × %2-Ausgabe von conv_transpose2d</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>output column (row %1)</source>
        <translation>Ausgabespalte (Zeile %1)</translation>
    </message>
    <message>
        <source>The side of the transposed convolution&apos;s square kernel</source>
        <translation>Die Seitenlänge des quadratischen Kernels der transponierten Faltung</translation>
    </message>
    <message>
        <source>How far apart the stamped kernels land</source>
        <translation>Wie weit die gestempelten Kernel auseinander landen</translation>
    </message>
    <message>
        <source>The side of the square input</source>
        <translation>Die Seitenlänge der quadratischen Eingabe</translation>
    </message>
</context>
<context>
    <name>convstep::CodePanel</name>
    <message>
        <source>Framework code</source>
        <translation>Framework-Code</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Keras</source>
        <translation>Keras</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>Skript in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Framework:</translation>
    </message>
    <message>
        <source>The problem as edited has an error (%1); this is the script of the last problem that worked.</source>
        <translation>Das bearbeitete Problem hat einen Fehler (%1); dies ist das Skript des letzten funktionierenden Problems.</translation>
    </message>
    <message>
        <source>Whose script to show: PyTorch&apos;s or Keras&apos;s</source>
        <translation>Welches Skript gezeigt wird: das von PyTorch oder das von Keras</translation>
    </message>
    <message>
        <source>The problem on the stage as a script that runs it</source>
        <translation>Das Problem auf der Bühne als Skript, das es ausführt</translation>
    </message>
    <message>
        <source>The gradient is shown in PyTorch&apos;s autograd; this Keras script runs the forward pass.</source>
        <translation>Der Gradient wird in PyTorchs Autograd gezeigt; dieses Keras-Skript führt den Vorwärtsdurchlauf aus.</translation>
    </message>
</context>
<context>
    <name>convstep::CompareControls</name>
    <message>
        <source>zero insertion</source>
        <translation>Einfügen von Nullen</translation>
    </message>
    <message>
        <source>the matrix C</source>
        <translation>die Matrix C</translation>
    </message>
    <message>
        <source>the gradient ∂L/∂x</source>
        <translation>der Gradient ∂L/∂x</translation>
    </message>
    <message>
        <source>the gradient ∂L/∂W</source>
        <translation>der Gradient ∂L/∂W</translation>
    </message>
    <message>
        <source>the sliding window</source>
        <translation>das gleitende Fenster</translation>
    </message>
    <message>
        <source>scatter and sum</source>
        <translation>Verteilen und Aufsummieren</translation>
    </message>
    <message>
        <source>Compared stage</source>
        <translation>Verglichene Bühne</translation>
    </message>
    <message>
        <source>Co&amp;mpare Side by Side</source>
        <translation>Nebeneinander &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare: the same moment in the other view, or a convolution beside its transpose (C)</source>
        <translation>Vergleichen: derselbe Moment in der anderen Ansicht oder eine Faltung neben ihrer Transponierten (C)</translation>
    </message>
    <message>
        <source>Upsampling has one picture only: there is nothing to compare it with.</source>
        <translation>Upsampling hat nur ein Bild: Es gibt nichts, womit es sich vergleichen ließe.</translation>
    </message>
    <message>
        <source>The forward pass, %1: y = %2</source>
        <translation>Der Vorwärtsdurchlauf, %1: y = %2</translation>
    </message>
    <message>
        <source>C·x</source>
        <translation>C·x</translation>
    </message>
    <message>
        <source>Cᵀ·x</source>
        <translation>Cᵀ·x</translation>
    </message>
    <message>
        <source>Its transpose, Cᵀ·y: %1 back to %2 — the shape comes back, the numbers do not</source>
        <translation>Ihre Transponierte, Cᵀ·y: %1 zurück zu %2 – die Form kommt zurück, die Zahlen nicht</translation>
    </message>
    <message>
        <source>The same problem as %1</source>
        <translation>Dasselbe Problem als %1</translation>
    </message>
    <message>
        <source>The convolution that made the input: original %1 → %2</source>
        <translation>Die Faltung, die die Eingabe erzeugt hat: Original %1 → %2</translation>
    </message>
</context>
<context>
    <name>convstep::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Erzählung</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Ausgabegröße</translation>
    </message>
    <message>
        <source>Output size formula</source>
        <translation>Formel der Ausgabegröße</translation>
    </message>
    <message>
        <source>Lesson note</source>
        <translation>Lektionsnotiz</translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation>Keine Lektion</translation>
    </message>
    <message>
        <source>Open a lesson to see each step explained here.</source>
        <translation>Eine Lektion öffnen, um hier jeden Schritt erklärt zu sehen.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>The step, the output size formula and the lesson note</source>
        <translation>Der Schritt, die Formel der Ausgabegröße und die Lektionsnotiz</translation>
    </message>
    <message>
        <source>Predict first: this step is explained once it plays.</source>
        <translation>Erst vorhersagen: Dieser Schritt wird erklärt, sobald er abgespielt wird.</translation>
    </message>
    <message>
        <source>Possibly out of date: the problem has been edited since this note was written. Lessons → Lesson Properties… updates it.</source>
        <translation>Möglicherweise veraltet: Das Problem wurde bearbeitet, seit diese Notiz geschrieben wurde. Lektionen → Lektionseigenschaften… aktualisiert sie.</translation>
    </message>
</context>
<context>
    <name>convstep::ExportDialog</name>
    <message>
        <source>Export Animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>This lesson cannot be exported until its problem is fixed: %1</source>
        <translation>Diese Lektion kann erst exportiert werden, wenn ihr Problem behoben ist: %1</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Speicherort für den Export wählen.</translation>
    </message>
    <message>
        <source>“%1” is a file; frames are written into a folder.</source>
        <translation>„%1“ ist eine Datei; Frames werden in einen Ordner geschrieben.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>„%1“ ist ein Ordner; bitte einen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>%1 video needs an even width and height, and %2 × %3 has an odd side. Try %4 × %5.</source>
        <translation>%1-Video braucht eine gerade Breite und Höhe, und %2 × %3 hat eine ungerade Seite. Vorschlag: %4 × %5.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Auto: one step every half second, 12 frames a second when smooth</source>
        <translation>Auto: ein Schritt pro halbe Sekunde, 12 Frames pro Sekunde bei flüssiger Animation</translation>
    </message>
    <message>
        <source>Only GIF and video have a frame rate</source>
        <translation>Nur GIF und Video haben eine Framerate</translation>
    </message>
    <message>
        <source>Only for the PDF handout</source>
        <translation>Nur für das PDF-Handout</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>Gleitendes Fenster</translation>
    </message>
    <message>
        <source>Scatter &amp; sum</source>
        <translation>Verteilen &amp; summieren</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Zero insertion</source>
        <translation>Einfügen von Nullen</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>GIF-Animation</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>MP4-Video (H.264)</translation>
    </message>
    <message>
        <source>WebM video (VP9)</source>
        <translation>WebM-Video (VP9)</translation>
    </message>
    <message>
        <source>PNG frames (folder)</source>
        <translation>PNG-Frames (Ordner)</translation>
    </message>
    <message>
        <source>SVG frames (folder)</source>
        <translation>SVG-Frames (Ordner)</translation>
    </message>
    <message>
        <source>PDF handout</source>
        <translation>PDF-Handout</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Size presets</source>
        <translation>Größenvorlagen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
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
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>S&amp;mooth: the kernel glides from step to step</source>
        <translation>&amp;Flüssig: Der Kernel gleitet von Schritt zu Schritt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Caption: narration and arithmetic under the grids</source>
        <translation>&amp;Beschriftung: Erzählung und Rechnung unter den Rastern</translation>
    </message>
    <message>
        <source>Preview of the first frame</source>
        <translation>Vorschau des ersten Frames</translation>
    </message>
    <message>
        <source>Show in Fol&amp;der</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Ste&amp;ps:</source>
        <translation>Sch&amp;ritte:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>Frame&amp;rate:</translation>
    </message>
    <message>
        <source>Ho&amp;ld first and last:</source>
        <translation>Erstes und letztes &amp;halten:</translation>
    </message>
    <message>
        <source>Steps per pa&amp;ge:</source>
        <translation>Schritte pro &amp;Seite:</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation>1 Frame</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>%1 Frames</translation>
    </message>
    <message>
        <source>Folder for the Frames</source>
        <translation>Ordner für die Frames</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty. Replace the frames in it?</source>
        <translation>Der Ordner „%1“ ist nicht leer. Die Frames darin ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <source>Not exported: “%1” already exists.</source>
        <translation>Nicht exportiert: „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Wrote %1 — %2, %3</source>
        <translation>%1 geschrieben – %2, %3</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stop the Export?</source>
        <translation>Export stoppen?</translation>
    </message>
    <message>
        <source>An export is running. Stop it and close? Nothing will be written.</source>
        <translation>Ein Export läuft. Stoppen und schließen? Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message>
        <source>a second</source>
        <translation>eine Sekunde</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>First step at %1 · %2</source>
        <translation>Erster Schritt bei %1 · %2</translation>
    </message>
    <message>
        <source>First frame at %1 · %2</source>
        <translation>Erster Frame bei %1 · %2</translation>
    </message>
    <message>
        <source>About %1 · about %2 to export</source>
        <translation>Etwa %1 · etwa %2 für den Export</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂x</source>
        <translation>Rückwärts: ∂L/∂x</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂W</source>
        <translation>Rückwärts: ∂L/∂W</translation>
    </message>
    <message>
        <source>%1, an animation of %2</source>
        <translation>%1, eine Animation von %2</translation>
    </message>
    <message>
        <source>This export makes %1: about %2, and about %3 to write. Export it anyway?

Fewer steps (Steps: from … to) make it smaller; so does convstep-cli export with --every N, --phases or --final.</source>
        <translation>Dieser Export erzeugt %1: etwa %2 und etwa %3 zum Schreiben. Trotzdem exportieren?

Weniger Schritte (Schritte: von … bis) machen ihn kleiner; ebenso convstep-cli export mit --every N, --phases oder --final.</translation>
    </message>
    <message>
        <source>Large Export</source>
        <translation>Großer Export</translation>
    </message>
    <message>
        <source>Not exported: it would make %1.</source>
        <translation>Nicht exportiert: Es würde %1 erzeugen.</translation>
    </message>
</context>
<context>
    <name>convstep::GridAccessible</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>convstep::KeyHint</name>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; play/pause &amp;nbsp;·&amp;nbsp; &lt;b&gt;←/→&lt;/b&gt; or &lt;b&gt;PgUp/PgDn&lt;/b&gt; step &amp;nbsp;·&amp;nbsp; &lt;b&gt;Home/End&lt;/b&gt; first/last &amp;nbsp;·&amp;nbsp; &lt;b&gt;[ ]&lt;/b&gt; speed &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt; blank &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl + / −&lt;/b&gt; text size &amp;nbsp;·&amp;nbsp; &lt;b&gt;F11&lt;/b&gt; or &lt;b&gt;Esc&lt;/b&gt; leave</source>
        <translation>&lt;b&gt;Leertaste&lt;/b&gt; Wiedergabe/Pause &amp;nbsp;·&amp;nbsp; &lt;b&gt;←/→&lt;/b&gt; oder &lt;b&gt;Bild auf/Bild ab&lt;/b&gt; Schritt &amp;nbsp;·&amp;nbsp; &lt;b&gt;Pos1/Ende&lt;/b&gt; erster/letzter &amp;nbsp;·&amp;nbsp; &lt;b&gt;[ ]&lt;/b&gt; Tempo &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt; ausblenden &amp;nbsp;·&amp;nbsp; &lt;b&gt;Strg + / −&lt;/b&gt; Textgröße &amp;nbsp;·&amp;nbsp; &lt;b&gt;F11&lt;/b&gt; oder &lt;b&gt;Esc&lt;/b&gt; verlassen</translation>
    </message>
</context>
<context>
    <name>convstep::LabControls</name>
    <message>
        <source>Ways to Upsample</source>
        <translation>Wege zum Upsampling</translation>
    </message>
    <message>
        <source>Checkerboard Lab</source>
        <translation>Schachbrett-Labor</translation>
    </message>
    <message>
        <source>Shape Explorer</source>
        <translation>Form-Explorer</translation>
    </message>
    <message>
        <source>Framework Code</source>
        <translation>Framework-Code</translation>
    </message>
    <message>
        <source>Ways to &amp;Upsample</source>
        <translation>Wege zum &amp;Upsampling</translation>
    </message>
    <message>
        <source>Nearest, bilinear, bed of nails, max unpooling and a transposed convolution on the same input, played together</source>
        <translation>Nächster Nachbar, bilinear, Nagelbrett, Max-Unpooling und eine transponierte Faltung auf derselben Eingabe, gemeinsam abgespielt</translation>
    </message>
    <message>
        <source>&amp;Checkerboard Lab</source>
        <translation>&amp;Schachbrett-Labor</translation>
    </message>
    <message>
        <source>Why a transposed convolution prints a checkerboard: overlap counts and a photo</source>
        <translation>Warum eine transponierte Faltung ein Schachbrett druckt: Überlappungszahlen und ein Foto</translation>
    </message>
    <message>
        <source>Shape E&amp;xplorer</source>
        <translation>Form-E&amp;xplorer</translation>
    </message>
    <message>
        <source>Output size against input size, stride or padding in PyTorch and Keras</source>
        <translation>Ausgabegröße gegen Eingabegröße, Schrittweite oder Padding in PyTorch und Keras</translation>
    </message>
    <message>
        <source>Framework &amp;Code</source>
        <translation>Framework-&amp;Code</translation>
    </message>
    <message>
        <source>The current problem as a PyTorch or Keras script</source>
        <translation>Das aktuelle Problem als PyTorch- oder Keras-Skript</translation>
    </message>
    <message>
        <source>Weight Inspector</source>
        <translation>Gewichts-Inspektor</translation>
    </message>
    <message>
        <source>&amp;Weight Inspector</source>
        <translation>&amp;Gewichts-Inspektor</translation>
    </message>
    <message>
        <source>The weight tensor as kernel tiles, and its layout in PyTorch, Keras, tf.nn and ONNX</source>
        <translation>Der Gewichtstensor als Kernel-Kacheln und sein Layout in PyTorch, Keras, tf.nn und ONNX</translation>
    </message>
    <message>
        <source>Learn to Upsample</source>
        <translation>Upsampling lernen</translation>
    </message>
    <message>
        <source>&amp;Learn to Upsample</source>
        <translation>Upsampling &amp;lernen</translation>
    </message>
    <message>
        <source>Transposed convolutions and resize-convolution learn to upsample a picture, live, beside nearest and bilinear</source>
        <translation>Transponierte Faltungen und Resize-Faltung lernen live das Upsampling eines Bildes, neben nächstem Nachbarn und bilinearer Interpolation</translation>
    </message>
</context>
<context>
    <name>convstep::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Takes effect when ConvStep starts again</source>
        <translation>Wird beim nächsten Start von ConvStep wirksam</translation>
    </message>
    <message>
        <source>Follow the &amp;System (%1)</source>
        <translation>&amp;System folgen (%1)</translation>
    </message>
    <message>
        <source>ConvStep will start in %1 next time.</source>
        <translation>ConvStep startet beim nächsten Mal auf %1.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
</context>
<context>
    <name>convstep::LearnColumn</name>
    <message>
        <source>%1 (%2 vs fixed)</source>
        <translation>%1 (%2 vs. fest)</translation>
    </message>
    <message>
        <source>PSNR %1 dB</source>
        <translation>PSNR %1 dB</translation>
    </message>
    <message>
        <source>PSNR —</source>
        <translation>PSNR —</translation>
    </message>
    <message>
        <source>Checkerboard %1</source>
        <translation>Schachbrett %1</translation>
    </message>
    <message>
        <source>kernel %1×%2</source>
        <translation>Kernel %1×%2</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>Überlappung</translation>
    </message>
</context>
<context>
    <name>convstep::LearnUpsampleLab</name>
    <message>
        <source>&amp;Run</source>
        <translation>T&amp;rainieren</translation>
    </message>
    <message>
        <source>Train all three variants, or pause them (Alt+R)</source>
        <translation>Alle drei Varianten trainieren oder anhalten (Alt+R)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>One SGD update of every variant</source>
        <translation>Ein SGD-Update jeder Variante</translation>
    </message>
    <message>
        <source>Reset to step &amp;0</source>
        <translation>Zurück zu Schritt &amp;0</translation>
    </message>
    <message>
        <source>Back to the initial kernels, step 0</source>
        <translation>Zurück zu den Anfangskerneln, Schritt 0</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>SGD learning rate (momentum 0.9); it applies from the next step</source>
        <translation>SGD-Lernrate (Momentum 0.9); sie gilt ab dem nächsten Schritt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Seed of the initial kernels</source>
        <translation>Seed der Anfangskernel</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>How many times larger the output is on each side</source>
        <translation>Um welchen Faktor die Ausgabe auf jeder Seite größer ist</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>How much of the pictures to show, around their centre</source>
        <translation>Wie viel der Bilder gezeigt wird, um ihre Mitte herum</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Ganz</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Lab ph&amp;oto</source>
        <translation>Labor&amp;foto</translation>
    </message>
    <message>
        <source>Train on the built-in photo</source>
        <translation>Mit dem eingebauten Foto trainieren</translation>
    </message>
    <message>
        <source>&amp;Your image…</source>
        <translation>E&amp;igenes Bild…</translation>
    </message>
    <message>
        <source>Train on a picture of your own (grey, at most %1×%1)</source>
        <translation>Mit einem eigenen Bild trainieren (in Graustufen, höchstens %1×%1)</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>Loss (MSE)</translation>
    </message>
    <message>
        <source>Loss of every upsampler by step, log scale</source>
        <translation>Loss jedes Upsamplers pro Schritt, logarithmische Skala</translation>
    </message>
    <message>
        <source>checkerboard energy</source>
        <translation>Schachbrettenergie</translation>
    </message>
    <message>
        <source>Checkerboard energy of the learned upsamplers by step</source>
        <translation>Schachbrettenergie der gelernten Upsampler pro Schritt</translation>
    </message>
    <message>
        <source>lab photo</source>
        <translation>Laborfoto</translation>
    </message>
    <message>
        <source>Could not open “%1” as an image: %2.</source>
        <translation>„%1“ konnte nicht als Bild geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is %2×%3 pixels; the lab needs at least %4×%4.</source>
        <translation>„%1“ hat %2×%3 Pixel; das Labor braucht mindestens %4×%4.</translation>
    </message>
    <message>
        <source>%1 The lab keeps its current picture.</source>
        <translation>%1 Das Labor behält sein aktuelles Bild.</translation>
    </message>
    <message>
        <source>%1: %2×%3, grey %4×%5</source>
        <translation>%1: %2×%3, in Graustufen %4×%5</translation>
    </message>
    <message>
        <source>Open an Image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause training</source>
        <translation>Training anhalten</translation>
    </message>
    <message>
        <source>Run training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Resize-conv</source>
        <translation>Resize-Faltung</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Nächster Nachbar</translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation>Bilinear</translation>
    </message>
    <message>
        <source>Transposed k=%1, s=%2</source>
        <translation>Transponiert k=%1, s=%2</translation>
    </message>
    <message>
        <source>k=%1, s=%2</source>
        <translation>k=%1, s=%2</translation>
    </message>
    <message>
        <source>learned: nearest ×%1, then 3×3 conv</source>
        <translation>gelernt: nächster Nachbar ×%1, dann 3×3-Faltung</translation>
    </message>
    <message>
        <source>fixed, not trained</source>
        <translation>fest, nicht trainiert</translation>
    </message>
    <message>
        <source>learned: even overlap</source>
        <translation>gelernt: gleichmäßige Überlappung</translation>
    </message>
    <message>
        <source>learned: uneven overlap</source>
        <translation>gelernt: ungleichmäßige Überlappung</translation>
    </message>
    <message>
        <source>Diverged at step %1: lower the learning rate and reset.</source>
        <translation>Divergiert bei Schritt %1: Lernrate senken und zurücksetzen.</translation>
    </message>
    <message>
        <source>Checkerboard: the energy of the output&apos;s period-%1 pattern, the mean squared difference between the means of its %1×%1 phases and the picture&apos;s mean. PSNR: against the original picture, in decibels.</source>
        <translation>Schachbrett: die Energie des Musters mit Periode %1 in der Ausgabe, also die mittlere quadratische Abweichung der Mittelwerte ihrer %1×%1-Phasen vom Mittelwert des Bildes. PSNR: gegenüber dem Originalbild, in Dezibel.</translation>
    </message>
    <message>
        <source>original picture</source>
        <translation>Originalbild</translation>
    </message>
</context>
<context>
    <name>convstep::LessonBrowser</name>
    <message>
        <source>Worked examples</source>
        <translation>Durchgerechnete Beispiele</translation>
    </message>
    <message>
        <source>Transposed convolution arithmetic</source>
        <translation>Arithmetik der transponierten Faltung</translation>
    </message>
    <message>
        <source>Convolution arithmetic</source>
        <translation>Arithmetik der Faltung</translation>
    </message>
    <message>
        <source>Upsampling without weights</source>
        <translation>Upsampling ohne Gewichte</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lessons&lt;/h2&gt;&lt;p&gt;Pick a lesson to watch it step by step. Every lesson can be edited and saved as your own.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lektionen&lt;/h2&gt;&lt;p&gt;Eine Lektion wählen, um sie Schritt für Schritt anzusehen. Jede Lektion kann bearbeitet und als eigene gespeichert werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>&amp;Open lesson</source>
        <translation>Lektion ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Back to the &amp;stage</source>
        <translation>Zurück zur &amp;Bühne</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Labore</translation>
    </message>
    <message>
        <source>Sequences for a class</source>
        <translation>Lektionsfolgen für eine Klasse</translation>
    </message>
    <message>
        <source>The built-in lessons and labs, in groups; Enter opens the one chosen</source>
        <translation>Die eingebauten Lektionen und Labore, in Gruppen; Enter öffnet die gewählte</translation>
    </message>
    <message>
        <source>Open the chosen lesson or lab</source>
        <translation>Die gewählte Lektion oder das gewählte Labor öffnen</translation>
    </message>
    <message>
        <source>Leave the list without opening anything</source>
        <translation>Die Liste verlassen, ohne etwas zu öffnen</translation>
    </message>
    <message>
        <source>Channels and groups</source>
        <translation>Kanäle und Gruppen</translation>
    </message>
</context>
<context>
    <name>convstep::LessonDocument</name>
    <message>
        <source>Untitled lesson</source>
        <translation>Unbenannte Lektion</translation>
    </message>
    <message>
        <source>Set input %1 to %2</source>
        <translation>Eingabe %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Set kernel %1 to %2</source>
        <translation>Kernel %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Edit Lesson Properties</source>
        <translation>Lektionseigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Edit Upstream Gradient</source>
        <translation>Upstream-Gradient bearbeiten</translation>
    </message>
</context>
<context>
    <name>convstep::LessonPropertiesDialog</name>
    <message>
        <source>Lesson Properties</source>
        <translation>Lektionseigenschaften</translation>
    </message>
    <message>
        <source>&amp;Sequence title:</source>
        <translation>Titel der &amp;Lektionsfolge:</translation>
    </message>
    <message>
        <source>Lesson %1 of %2 in the sequence:</source>
        <translation>Lektion %1 von %2 in der Lektionsfolge:</translation>
    </message>
    <message>
        <source>Shown over the stage and in the window&apos;s title</source>
        <translation>Wird über der Bühne und im Fenstertitel angezeigt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What to look for in this problem; shown in the Explanation</source>
        <translation>Worauf bei diesem Problem zu achten ist; wird in der Erklärung angezeigt</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>The problem has changed since this note was written. Check that it still holds: OK marks it as up to date.</source>
        <translation>Das Problem hat sich geändert, seit diese Notiz geschrieben wurde. Prüfen, ob sie noch zutrifft: OK markiert sie als aktuell.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>convstep::MainWindow</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>La&amp;bs</source>
        <translation>La&amp;bore</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About ConvStep</source>
        <translation>Über ConvStep</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <source>&amp;Edit Cell</source>
        <translation>Zelle &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Zero Cell</source>
        <translation>Zelle auf &amp;null setzen</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Ab&amp;spielen</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <source>F&amp;irst Step</source>
        <translation>&amp;Erster Schritt</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>&amp;Letzter Schritt</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>Lang&amp;samer</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>Schn&amp;eller</translation>
    </message>
    <message>
        <source>Pause at Each &amp;Phase</source>
        <translation>An jeder &amp;Phase anhalten</translation>
    </message>
    <message>
        <source>&amp;Classroom Mode</source>
        <translation>&amp;Klassenzimmer-Modus</translation>
    </message>
    <message>
        <source>Leave Classroom Mode</source>
        <translation>Klassenzimmer-Modus verlassen</translation>
    </message>
    <message>
        <source>&amp;Blank the Stage</source>
        <translation>Bühne &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Größerer Text</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Kleinerer Text</translation>
    </message>
    <message>
        <source>All &amp;Lessons…</source>
        <translation>Alle &amp;Lektionen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About ConvStep</source>
        <translation>Ü&amp;ber ConvStep</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The sliding window shows a convolution; switch the operation in the Problem panel.</source>
        <translation>Das gleitende Fenster zeigt eine Faltung; die Operation lässt sich im Bereich „Problem“ umschalten.</translation>
    </message>
    <message>
        <source>This view shows a transposed convolution; switch the operation in the Problem panel.</source>
        <translation>Diese Ansicht zeigt eine transponierte Faltung; die Operation lässt sich im Bereich „Problem“ umschalten.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Could not open %1: %2. The default lesson is shown instead.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Stattdessen wird die Standardlektion gezeigt.</translation>
    </message>
    <message>
        <source>ConvStep did not close cleanly last time. Restore the lesson you were editing (“%1”)?</source>
        <translation>ConvStep wurde beim letzten Mal nicht sauber beendet. Die bearbeitete Lektion („%1“) wiederherstellen?</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>lesson.json</source>
        <translation>lesson.json</translation>
    </message>
    <message>
        <source>ConvStep lessons (*.json)</source>
        <translation>ConvStep-Lektionen (*.json)</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>ConvStep lessons (*.json);;All files (*)</source>
        <translation>ConvStep-Lektionen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&amp;Sliding window</source>
        <translation>&amp;Gleitendes Fenster</translation>
    </message>
    <message>
        <source>S&amp;catter &amp;&amp; sum</source>
        <translation>&amp;Verteilen &amp;&amp; summieren</translation>
    </message>
    <message>
        <source>&amp;Zero insertion</source>
        <translation>&amp;Einfügen von Nullen</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Pr&amp;actice</source>
        <translation>Ü&amp;ben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>C → Cᵀ</source>
        <translation>C → Cᵀ</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Klassenzimmer</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>%1 (lesson %2 of %3)</source>
        <translation>%1 (Lektion %2 von %3)</translation>
    </message>
    <message>
        <source>The upstream gradient needs a valid convolution.</source>
        <translation>Der Upstream-Gradient braucht eine gültige Faltung.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Shift+arrow keys&lt;/b&gt; on the stage move the cell cursor from cell to cell and from grid to grid.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Umschalt+Pfeiltasten&lt;/b&gt; bewegen auf der Bühne den Zellcursor von Zelle zu Zelle und von Raster zu Raster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂&amp;x</source>
        <translation>Rückwärts: ∂L/∂&amp;x</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂&amp;W</source>
        <translation>Rückwärts: ∂L/∂&amp;W</translation>
    </message>
    <message>
        <source>&amp;New Lesson</source>
        <translation>&amp;Neue Lektion</translation>
    </message>
    <message>
        <source>&amp;Upstream Gradient ∂L/∂y…</source>
        <translation>&amp;Upstream-Gradient ∂L/∂y…</translation>
    </message>
    <message>
        <source>Step Back, or the Previous Lesson&apos;s Last Step</source>
        <translation>Schritt zurück oder letzter Schritt der vorigen Lektion</translation>
    </message>
    <message>
        <source>Step Forward, or the Next Lesson&apos;s First Step</source>
        <translation>Schritt vor oder erster Schritt der nächsten Lektion</translation>
    </message>
    <message>
        <source>∂L/∂x</source>
        <translation>∂L/∂x</translation>
    </message>
    <message>
        <source>∂L/∂W</source>
        <translation>∂L/∂W</translation>
    </message>
    <message>
        <source>S&amp;ymbols</source>
        <translation>S&amp;ymbole</translation>
    </message>
    <message>
        <source>Symbols: write C with the kernel&apos;s weight names (w₀₀, w₀₁, …) and x, y with indexed names, as the article&apos;s figure does</source>
        <translation>Symbole: C mit den Gewichtsnamen des Kernels (w₀₀, w₀₁, …) und x, y mit indizierten Namen schreiben, wie in der Abbildung des Artikels</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Lesson &amp;Properties…</source>
        <translation>Lektions&amp;eigenschaften…</translation>
    </message>
    <message>
        <source>Pre&amp;vious Lesson in the Sequence</source>
        <translation>&amp;Vorige Lektion der Lektionsfolge</translation>
    </message>
    <message>
        <source>&amp;Next Lesson in the Sequence</source>
        <translation>&amp;Nächste Lektion der Lektionsfolge</translation>
    </message>
    <message>
        <source>Classroom narration</source>
        <translation>Erzählung im Klassenzimmer</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>K&amp;anäle</translation>
    </message>
    <message>
        <source>Next Input Channel</source>
        <translation>Nächster Eingabekanal</translation>
    </message>
    <message>
        <source>Previous Input Channel</source>
        <translation>Vorheriger Eingabekanal</translation>
    </message>
    <message>
        <source>Next Output Channel</source>
        <translation>Nächster Ausgabekanal</translation>
    </message>
    <message>
        <source>Previous Output Channel</source>
        <translation>Vorheriger Ausgabekanal</translation>
    </message>
</context>
<context>
    <name>convstep::MatrixControls</name>
    <message>
        <source>&amp;Transpose C → Cᵀ</source>
        <translation>C → Cᵀ &amp;transponieren</translation>
    </message>
    <message>
        <source>Transpose: turn C into Cᵀ and replay the transposed convolution as Cᵀ·y (T)</source>
        <translation>Transponieren: C in Cᵀ verwandeln und die transponierte Faltung als Cᵀ·y erneut abspielen (T)</translation>
    </message>
    <message>
        <source>Matrix Explorer</source>
        <translation>Matrix-Explorer</translation>
    </message>
    <message>
        <source>No transposed convolution has this C: its &apos;same&apos; padding is uneven, which neither Keras nor PyTorch can crop back.</source>
        <translation>Keine transponierte Faltung hat dieses C: Ihr &apos;same&apos;-Padding ist ungleichmäßig, und weder Keras noch PyTorch können das zurückschneiden.</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>Transponieren</translation>
    </message>
    <message>
        <source>Cᵀ·y: the transposed convolution with the same kernel, applied to the output y (Ctrl+Z goes back)</source>
        <translation>Cᵀ·y: die transponierte Faltung mit demselben Kernel, angewandt auf die Ausgabe y (Strg+Z geht zurück)</translation>
    </message>
    <message>
        <source>C turns into Cᵀ: the transposed convolution is Cᵀ·x</source>
        <translation>C wird zu Cᵀ: Die transponierte Faltung ist Cᵀ·x</translation>
    </message>
    <message>
        <source>C is too large to read on the stage: zoom and pan it in the Matrix Explorer (E)</source>
        <translation>C ist zu groß, um es auf der Bühne zu lesen: im Matrix-Explorer zoomen und verschieben (E)</translation>
    </message>
    <message>
        <source>Transpose turns the matrix C of a convolution or a transposed convolution; %1 has none (its fixed matrix shows in the Matrix view).</source>
        <translation>Transponieren wirkt auf die Matrix C einer Faltung oder einer transponierten Faltung; %1 hat keine (ihre feste Matrix erscheint in der Matrix-Ansicht).</translation>
    </message>
</context>
<context>
    <name>convstep::MatrixExplorer</name>
    <message>
        <source>Matrix explorer</source>
        <translation>Matrix-Explorer</translation>
    </message>
    <message>
        <source>input index</source>
        <translation>Eingabeindex</translation>
    </message>
    <message>
        <source>output index</source>
        <translation>Ausgabeindex</translation>
    </message>
    <message>
        <source>entry (kernel weight)</source>
        <translation>Eintrag (Kernelgewicht)</translation>
    </message>
    <message>
        <source>max_unpool2d has no matrix: it is not linear</source>
        <translation>max_unpool2d hat keine Matrix: Es ist nicht linear</translation>
    </message>
    <message>
        <source>%1: %2 × %3, %4 non-zeros%5</source>
        <translation>%1: %2 × %3, %4 Nicht-Null-Einträge%5</translation>
    </message>
    <message>
        <source>, fixed weights</source>
        <translation>, feste Gewichte</translation>
    </message>
</context>
<context>
    <name>convstep::NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>convstep::PairEditor</name>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>%1: rows (height), then columns (width)</source>
        <translation>%1: Zeilen (Höhe), dann Spalten (Breite)</translation>
    </message>
    <message>
        <source>Link %1 rows and columns</source>
        <translation>Zeilen und Spalten von %1 koppeln</translation>
    </message>
    <message>
        <source>Link rows and columns: one change sets both</source>
        <translation>Zeilen und Spalten koppeln: Eine Änderung setzt beide</translation>
    </message>
    <message>
        <source>%1 is at most %2: %3 is too large</source>
        <translation>%1 ist höchstens %2: %3 ist zu groß</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation>%1 ist mindestens %2</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3</source>
        <translation>%1 nimmt eine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Gekoppelt</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht gekoppelt</translation>
    </message>
</context>
<context>
    <name>convstep::PlaybackBar</name>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabetempo</translation>
    </message>
    <message>
        <source>Follow along</source>
        <translation>Mitverfolgen</translation>
    </message>
    <message>
        <source>Follow along: pause at each phase boundary (after padding, after zero insertion, before the crop)</source>
        <translation>Mitverfolgen: an jeder Phasengrenze anhalten (nach dem Padding, nach dem Einfügen von Nullen, vor dem Zuschnitt)</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Schritt vor</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Keine Schritte</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>convstep::PredictBanner</name>
    <message>
        <source>Predict, then press Space</source>
        <translation>Vorhersagen, dann Leertaste drücken</translation>
    </message>
</context>
<context>
    <name>convstep::PredictControls</name>
    <message>
        <source>&amp;Predict Mode</source>
        <translation>&amp;Vorhersagemodus</translation>
    </message>
    <message>
        <source>Predict each step before it is revealed, and see why an answer is right or wrong</source>
        <translation>Jeden Schritt vorhersagen, bevor er aufgedeckt wird, und sehen, warum eine Antwort richtig oder falsch ist</translation>
    </message>
    <message>
        <source>&amp;New Exercise</source>
        <translation>&amp;Neue Übung</translation>
    </message>
    <message>
        <source>A fresh random problem at the chosen level, in predict mode</source>
        <translation>Ein neues Zufallsproblem auf der gewählten Stufe, im Vorhersagemodus</translation>
    </message>
    <message>
        <source>&amp;Replay a Mistake</source>
        <translation>&amp;Fehler wiederholen</translation>
    </message>
    <message>
        <source>Ask the oldest wrongly answered question again</source>
        <translation>Die älteste falsch beantwortete Frage erneut stellen</translation>
    </message>
    <message>
        <source>Show the &amp;Tally</source>
        <translation>&amp;Strichliste zeigen</translation>
    </message>
    <message>
        <source>Classroom: count the hands for each offered answer (type the counts; arrows move between answers)</source>
        <translation>Klassenzimmer: die Handzeichen für jede angebotene Antwort zählen (Anzahlen eintippen; Pfeiltasten wechseln zwischen Antworten)</translation>
    </message>
    <message>
        <source>Reveal or Go On</source>
        <translation>Aufdecken oder weiter</translation>
    </message>
    <message>
        <source>Classroom: reveal the step the room predicted, then go on (Space)</source>
        <translation>Klassenzimmer: den vom Raum vorhergesagten Schritt aufdecken, dann weiter (Leertaste)</translation>
    </message>
    <message>
        <source>Reveal or Go On (Space)</source>
        <translation>Aufdecken oder weiter (Leertaste)</translation>
    </message>
    <message>
        <source>Print &amp;Worksheet…</source>
        <translation>&amp;Arbeitsblatt drucken…</translation>
    </message>
    <message>
        <source>Random exercises with an answer key, as a printable PDF</source>
        <translation>Zufällige Übungen mit Lösungsschlüssel als druckbares PDF</translation>
    </message>
    <message>
        <source>Predict first: this step is told once it plays.</source>
        <translation>Erst vorhersagen: Dieser Schritt wird erzählt, sobald er abgespielt wird.</translation>
    </message>
    <message>
        <source>Exercise, level %1</source>
        <translation>Übung, Stufe %1</translation>
    </message>
    <message>
        <source>A fresh level-%1 problem (seed %2): predict each step before it plays.</source>
        <translation>Ein neues Problem der Stufe %1 (Seed %2): jeden Schritt vorhersagen, bevor er abgespielt wird.</translation>
    </message>
</context>
<context>
    <name>convstep::PredictPanel</name>
    <message>
        <source>Cell cursor</source>
        <translation>Zellcursor</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Level of new exercises</source>
        <translation>Stufe neuer Übungen</translation>
    </message>
    <message>
        <source>How hard New Exercise&apos;s problems are: 1 is conv2d by hand, 3 adds dilation, Keras&apos;s &apos;same&apos; and output padding</source>
        <translation>Wie schwer die Probleme von „Neue Übung“ sind: 1 ist conv2d von Hand, 3 fügt Dilatation, Keras&apos; &apos;same&apos; und Output-Padding hinzu</translation>
    </message>
    <message>
        <source>conv2d, stride 1, no padding, inputs up to 5×5</source>
        <translation>conv2d, Schrittweite 1, kein Padding, Eingaben bis 5×5</translation>
    </message>
    <message>
        <source>Adds strides, padding and transposed convolutions</source>
        <translation>Fügt Schrittweiten, Padding und transponierte Faltungen hinzu</translation>
    </message>
    <message>
        <source>Adds dilation, Keras&apos;s &apos;same&apos;, output padding and rectangles</source>
        <translation>Fügt Dilatation, Keras&apos; &apos;same&apos;, Output-Padding und Rechtecke hinzu</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Commit your answer and play the step (Enter)</source>
        <translation>Antwort bestätigen und den Schritt abspielen (Enter)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktestand</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Unpick every cell</source>
        <translation>Auswahl aller Zellen aufheben</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>First row kept</source>
        <translation>Erste behaltene Zeile</translation>
    </message>
    <message>
        <source>Last row kept</source>
        <translation>Letzte behaltene Zeile</translation>
    </message>
    <message>
        <source>First column kept</source>
        <translation>Erste behaltene Spalte</translation>
    </message>
    <message>
        <source>Last column kept</source>
        <translation>Letzte behaltene Spalte</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Weiter (Enter)</translation>
    </message>
    <message>
        <source>This lesson: %1 of %2 right · streak %3 · best %4</source>
        <translation>Diese Lektion: %1 von %2 richtig · Serie %3 · Bestwert %4</translation>
    </message>
    <message>
        <source>No mistakes to replay</source>
        <translation>Keine Fehler zu wiederholen</translation>
    </message>
    <message>
        <source>1 mistake to replay</source>
        <translation>1 Fehler zu wiederholen</translation>
    </message>
    <message>
        <source>%1 mistakes to replay</source>
        <translation>%1 Fehler zu wiederholen</translation>
    </message>
    <message>
        <source>1 cell picked</source>
        <translation>1 Zelle gewählt</translation>
    </message>
    <message>
        <source>%1 cells picked</source>
        <translation>%1 Zellen gewählt</translation>
    </message>
    <message>
        <source>Cursor %1: arrows move, Space picks</source>
        <translation>Cursor %1: Pfeiltasten bewegen, Leertaste wählt</translation>
    </message>
    <message>
        <source>Type a number, such as 7 or −1.5, then press Enter.</source>
        <translation>Eine Zahl eingeben, etwa 7 oder −1.5, dann Enter drücken.</translation>
    </message>
    <message>
        <source>Fill in the rows and the columns, then press Enter.</source>
        <translation>Zeilen und Spalten ausfüllen, dann Enter drücken.</translation>
    </message>
    <message>
        <source>Pick the cells on the stage first: click them, or move with the arrows and press Space.</source>
        <translation>Zuerst die Zellen auf der Bühne wählen: anklicken oder mit den Pfeiltasten hinbewegen und Leertaste drücken.</translation>
    </message>
</context>
<context>
    <name>convstep::PredictSession</name>
    <message>
        <source>Every step has been revealed. Press Enter to start again.</source>
        <translation>Alle Schritte sind aufgedeckt. Enter drücken, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Before the first step: what shape will the output have? Rows × columns.</source>
        <translation>Vor dem ersten Schritt: Welche Form wird die Ausgabe haben? Zeilen × Spalten.</translation>
    </message>
    <message>
        <source>What value goes into output %1?</source>
        <translation>Welcher Wert kommt in Ausgabe %1?</translation>
    </message>
    <message>
        <source>Input %1 = %2 is scattered next. Which canvas cells will it reach? Pick them on the stage (click, or arrows and Space), then commit.</source>
        <translation>Als Nächstes wird Eingabe %1 = %2 verteilt. Welche Zellen der Leinwand wird sie erreichen? Auf der Bühne wählen (Klick oder Pfeiltasten und Leertaste), dann bestätigen.</translation>
    </message>
    <message>
        <source>Zeros are inserted between the inputs next. What size will the input be then? Rows × columns.</source>
        <translation>Als Nächstes werden Nullen zwischen die Eingaben eingefügt. Wie groß wird die Eingabe dann sein? Zeilen × Spalten.</translation>
    </message>
    <message>
        <source>The zero-inserted input is padded next. How many rows or columns of zeros go on each side (p′)?</source>
        <translation>Als Nächstes wird die Eingabe mit eingefügten Nullen aufgefüllt. Wie viele Zeilen oder Spalten mit Nullen kommen auf jede Seite (p′)?</translation>
    </message>
    <message>
        <source>The crop comes next. Which canvas rows and columns stay?</source>
        <translation>Als Nächstes kommt der Zuschnitt. Welche Zeilen und Spalten der Leinwand bleiben?</translation>
    </message>
    <message>
        <source>Output padding comes next. Which canvas rows and columns make the output then?</source>
        <translation>Als Nächstes kommt das Output-Padding. Welche Zeilen und Spalten der Leinwand bilden dann die Ausgabe?</translation>
    </message>
    <message>
        <source>Nothing to predict in this step.</source>
        <translation>In diesem Schritt gibt es nichts vorherzusagen.</translation>
    </message>
</context>
<context>
    <name>convstep::PredictTally</name>
    <message>
        <source>Tally of hands</source>
        <translation>Strichliste der Handzeichen</translation>
    </message>
    <message>
        <source>(right)</source>
        <translation>(richtig)</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
</context>
<context>
    <name>convstep::ProblemPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>conv2d: slide the kernel over the input</source>
        <translation>conv2d: den Kernel über die Eingabe gleiten lassen</translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation>Transponierte Faltung</translation>
    </message>
    <message>
        <source>conv_transpose2d: scatter each input cell through the kernel</source>
        <translation>conv_transpose2d: jede Eingabezelle durch den Kernel verteilen</translation>
    </message>
    <message>
        <source>Nearest upsampling</source>
        <translation>Nächster-Nachbar-Upsampling</translation>
    </message>
    <message>
        <source>upsample_nearest: copy each input cell into its scale-sized block</source>
        <translation>upsample_nearest: jede Eingabezelle in ihren Block der Größe scale kopieren</translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation>Bilineares Upsampling</translation>
    </message>
    <message>
        <source>upsample_bilinear: blend the inputs around each output cell by closeness</source>
        <translation>upsample_bilinear: die Eingaben um jede Ausgabezelle nach Nähe gewichtet mischen</translation>
    </message>
    <message>
        <source>Bed of nails</source>
        <translation>Nagelbrett</translation>
    </message>
    <message>
        <source>bed_of_nails: each input cell at the top left of its block, zeros elsewhere</source>
        <translation>bed_of_nails: jede Eingabezelle oben links in ihrem Block, sonst Nullen</translation>
    </message>
    <message>
        <source>Max unpooling</source>
        <translation>Max-Unpooling</translation>
    </message>
    <message>
        <source>max_unpool2d: max-pool blocks of the scale, then put each maximum back in place</source>
        <translation>max_unpool2d: Blöcke der Größe scale per Max-Pooling zusammenfassen, dann jedes Maximum an seinen Platz zurücksetzen</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Ali&amp;gn corners</source>
        <translation>&amp;Ecken ausrichten</translation>
    </message>
    <message>
        <source>Align corners</source>
        <translation>Ecken ausrichten</translation>
    </message>
    <message>
        <source>PyTorch&apos;s align_corners: the corner cells of the input and the output line up exactly
Off: half-pixel centres, as PyTorch&apos;s default and Keras&apos;s UpSampling2D</source>
        <translation>PyTorchs align_corners: Die Eckzellen von Eingabe und Ausgabe liegen genau übereinander
Aus: Halbpixel-Mittelpunkte, wie PyTorchs Standard und Keras&apos; UpSampling2D</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation>Output-Padding</translation>
    </message>
    <message>
        <source>Padding mode</source>
        <translation>Padding-Modus</translation>
    </message>
    <message>
        <source>PyTorch: integer</source>
        <translation>PyTorch: Ganzzahl</translation>
    </message>
    <message>
        <source>padding=(rows, cols) zeros on each side</source>
        <translation>padding=(rows, cols) Nullen auf jeder Seite</translation>
    </message>
    <message>
        <source>Keras: &apos;valid&apos;</source>
        <translation>Keras: &apos;valid&apos;</translation>
    </message>
    <message>
        <source>padding=&apos;valid&apos;: no padding</source>
        <translation>padding=&apos;valid&apos;: kein Padding</translation>
    </message>
    <message>
        <source>Keras: &apos;same&apos;</source>
        <translation>Keras: &apos;same&apos;</translation>
    </message>
    <message>
        <source>padding=&apos;same&apos;: the output size depends only on the input and the stride</source>
        <translation>padding=&apos;same&apos;: Die Ausgabegröße hängt nur von Eingabe und Schrittweite ab</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>Operatio&amp;n</source>
        <translation>Operatio&amp;n</translation>
    </message>
    <message>
        <source>&amp;Input size</source>
        <translation>Größe der &amp;Eingabe</translation>
    </message>
    <message>
        <source>Sc&amp;ale</source>
        <translation>Sk&amp;alierung</translation>
    </message>
    <message>
        <source>&amp;Kernel size</source>
        <translation>Größe des &amp;Kernels</translation>
    </message>
    <message>
        <source>S&amp;tride</source>
        <translation>Schritt&amp;weite</translation>
    </message>
    <message>
        <source>Paddin&amp;g</source>
        <translation>Paddin&amp;g</translation>
    </message>
    <message>
        <source>Dil&amp;ation</source>
        <translation>Dil&amp;atation</translation>
    </message>
    <message>
        <source>O&amp;utput padding</source>
        <translation>O&amp;utput-Padding</translation>
    </message>
    <message>
        <source>Bias ter&amp;m</source>
        <translation>Bias-Ter&amp;m</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Größe der Ausgabe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Keras works the padding out from &apos;valid&apos; or &apos;same&apos;</source>
        <translation>Keras ermittelt das Padding aus &apos;valid&apos; oder &apos;same&apos;</translation>
    </message>
    <message>
        <source>Only a transposed convolution has output padding</source>
        <translation>Nur eine transponierte Faltung hat Output-Padding</translation>
    </message>
    <message>
        <source>Fix the error to see the output size</source>
        <translation>Den Fehler beheben, um die Ausgabegröße zu sehen</translation>
    </message>
    <message>
        <source>Switch to convolution</source>
        <translation>Zur Faltung wechseln</translation>
    </message>
    <message>
        <source>Switch to transposed convolution</source>
        <translation>Zur transponierten Faltung wechseln</translation>
    </message>
    <message>
        <source>Switch to nearest upsampling</source>
        <translation>Zum Nächster-Nachbar-Upsampling wechseln</translation>
    </message>
    <message>
        <source>Switch to bilinear upsampling</source>
        <translation>Zum bilinearen Upsampling wechseln</translation>
    </message>
    <message>
        <source>Switch to bed of nails</source>
        <translation>Zum Nagelbrett wechseln</translation>
    </message>
    <message>
        <source>Switch to max unpooling</source>
        <translation>Zum Max-Unpooling wechseln</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Fill input</source>
        <translation>Eingabe füllen</translation>
    </message>
    <message>
        <source>Fill kernel</source>
        <translation>Kernel füllen</translation>
    </message>
    <message>
        <source>Fill the input with random integers, ones, 1 to n or zeros</source>
        <translation>Die Eingabe mit zufälligen Ganzzahlen, Einsen, 1 bis n oder Nullen füllen</translation>
    </message>
    <message>
        <source>Fill the kernel with random integers, ones, 1 to n or zeros</source>
        <translation>Den Kernel mit zufälligen Ganzzahlen, Einsen, 1 bis n oder Nullen füllen</translation>
    </message>
    <message>
        <source>&amp;Random integers (%1 to %2)</source>
        <translation>&amp;Zufällige Ganzzahlen (%1 bis %2)</translation>
    </message>
    <message>
        <source>&amp;Ones</source>
        <translation>&amp;Einsen</translation>
    </message>
    <message>
        <source>&amp;Counting 1, 2, 3, … row by row</source>
        <translation>&amp;Zählen 1, 2, 3, … zeilenweise</translation>
    </message>
    <message>
        <source>&amp;Zeros</source>
        <translation>&amp;Nullen</translation>
    </message>
    <message>
        <source>Resize input to %1</source>
        <translation>Eingabegröße auf %1 ändern</translation>
    </message>
    <message>
        <source>Resize kernel to %1</source>
        <translation>Kernelgröße auf %1 ändern</translation>
    </message>
    <message>
        <source>Set stride to %1</source>
        <translation>Schrittweite auf %1 setzen</translation>
    </message>
    <message>
        <source>Set padding to %1</source>
        <translation>Padding auf %1 setzen</translation>
    </message>
    <message>
        <source>Set scale to %1</source>
        <translation>Skalierung auf %1 setzen</translation>
    </message>
    <message>
        <source>Set dilation to %1</source>
        <translation>Dilatation auf %1 setzen</translation>
    </message>
    <message>
        <source>Set output padding to %1</source>
        <translation>Output-Padding auf %1 setzen</translation>
    </message>
    <message>
        <source>Stop aligning corners</source>
        <translation>Ecken nicht mehr ausrichten</translation>
    </message>
    <message>
        <source>Set bias to %1</source>
        <translation>Bias auf %1 setzen</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Fill %1 with random integers</source>
        <translation>%1 mit zufälligen Ganzzahlen füllen</translation>
    </message>
    <message>
        <source>Fill %1 with ones</source>
        <translation>%1 mit Einsen füllen</translation>
    </message>
    <message>
        <source>Fill %1 with 1 to %2</source>
        <translation>%1 mit 1 bis %2 füllen</translation>
    </message>
    <message>
        <source>Fill %1 with zeros</source>
        <translation>%1 mit Nullen füllen</translation>
    </message>
    <message>
        <source>A convolution, a transposed convolution or one of the upsampling operations</source>
        <translation>Eine Faltung, eine transponierte Faltung oder eine der Upsampling-Operationen</translation>
    </message>
    <message>
        <source>How the padding is given: PyTorch&apos;s integer, or Keras&apos;s &apos;valid&apos; or &apos;same&apos;</source>
        <translation>Wie das Padding angegeben wird: als Ganzzahl wie in PyTorch oder als &apos;valid&apos; bzw. &apos;same&apos; wie in Keras</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <source>Predict the output&apos;s shape first</source>
        <translation>Zuerst die Form der Ausgabe vorhersagen</translation>
    </message>
</context>
<context>
    <name>convstep::ShapeExplorer</name>
    <message>
        <source>Shape explorer</source>
        <translation>Form-Explorer</translation>
    </message>
    <message>
        <source>X axis</source>
        <translation>X-Achse</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Eingabegröße</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Output size chart</source>
        <translation>Diagramm der Ausgabegröße</translation>
    </message>
    <message>
        <source>output rows</source>
        <translation>Ausgabezeilen</translation>
    </message>
    <message>
        <source>Where the conventions differ</source>
        <translation>Wo sich die Konventionen unterscheiden</translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation>&amp;X-Achse:</translation>
    </message>
    <message>
        <source>%1 has no padding conventions to compare: its output is the input times the scale.</source>
        <translation>%1 hat keine Padding-Konventionen zum Vergleichen: Seine Ausgabe ist die Eingabe mal die Skalierung.</translation>
    </message>
    <message>
        <source>%1, kernel %2, stride %3, dilation %4, input %5 — rows axis; the dotted line is the current problem</source>
        <translation>%1, Kernel %2, Schrittweite %3, Dilatation %4, Eingabe %5 – Zeilenachse; die gepunktete Linie ist das aktuelle Problem</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where PyTorch and Keras differ&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Wo sich PyTorch und Keras unterscheiden&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;The current problem&lt;/h4&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Das aktuelle Problem&lt;/h4&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>kernel &lt; stride (&apos;valid&apos;)</source>
        <translation>Kernel &lt; Schrittweite (&apos;valid&apos;)</translation>
    </message>
    <message>
        <source>asymmetric &apos;same&apos;</source>
        <translation>asymmetrisches &apos;same&apos;</translation>
    </message>
    <message>
        <source>output_padding unset ≠ 0</source>
        <translation>output_padding nicht gesetzt ≠ 0</translation>
    </message>
    <message>
        <source>%1 (rows)</source>
        <translation>%1 (Zeilen)</translation>
    </message>
    <message>
        <source>The setting the chart varies along its x axis</source>
        <translation>Die Einstellung, die das Diagramm entlang seiner x-Achse variiert</translation>
    </message>
    <message>
        <source>The input sizes, strides or paddings where PyTorch and Keras give other shapes</source>
        <translation>Die Eingabegrößen, Schrittweiten oder Paddings, bei denen PyTorch und Keras andere Formen liefern</translation>
    </message>
</context>
<context>
    <name>convstep::StageWidget</name>
    <message>
        <source>Stage</source>
        <translation>Bühne</translation>
    </message>
    <message>
        <source>Cell value</source>
        <translation>Zellwert</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit the Stage</source>
        <translation>Bühne ein&amp;passen</translation>
    </message>
    <message>
        <source>Type a number, such as 3, -1.5 or 2e-3</source>
        <translation>Eine Zahl eingeben, etwa 3, -1.5 oder 2e-3</translation>
    </message>
    <message>
        <source>Padding: a zero added around the input</source>
        <translation>Padding: eine um die Eingabe ergänzte Null</translation>
    </message>
    <message>
        <source>Inserted zero (stride − 1 zeros between input cells)</source>
        <translation>Eingefügte Null (stride − 1 Nullen zwischen den Eingabezellen)</translation>
    </message>
    <message>
        <source>Input %1 = %2
Double-click to edit</source>
        <translation>Eingabe %1 = %2
Doppelklick zum Bearbeiten</translation>
    </message>
    <message>
        <source>Pooled cell %1: the largest value of its block, and where it came from</source>
        <translation>Gepoolte Zelle %1: der größte Wert ihres Blocks und woher er stammt</translation>
    </message>
    <message>
        <source>Kernel %1 = %2</source>
        <translation>Kernel %1 = %2</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>zugeschnitten</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>Canvas cell outside the output</source>
        <translation>Zelle der Leinwand außerhalb der Ausgabe</translation>
    </message>
    <message>
        <source>Final value %1</source>
        <translation>Endwert %1</translation>
    </message>
    <message>
        <source>Enter sets the cell to this number; Escape cancels</source>
        <translation>Enter setzt die Zelle auf diese Zahl; Esc bricht ab</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Zelle %1</translation>
    </message>
    <message numerus="yes">
        <source>%n products so far</source>
        <comment>%n product so far</comment>
        <translation>
            <numerusform>bisher %n Produkt</numerusform>
            <numerusform>bisher %n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Show input channel %1</source>
        <translation>Eingabekanal %1 zeigen</translation>
    </message>
    <message>
        <source>Show output channel %1</source>
        <translation>Ausgabekanal %1 zeigen</translation>
    </message>
    <message>
        <source>Show kernel %1</source>
        <translation>Kernel %1 zeigen</translation>
    </message>
</context>
<context>
    <name>convstep::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Keine Schritte</translation>
    </message>
</context>
<context>
    <name>convstep::UpsamplingLab</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>row %1 has %2 numbers but row 1 has %3</source>
        <translation>Zeile %1 hat %2 Zahlen, aber Zeile 1 hat %3</translation>
    </message>
    <message>
        <source>type rows of numbers, e.g. 1 2; 3 4</source>
        <translation>Zeilen von Zahlen eingeben, z. B. 1 2; 3 4</translation>
    </message>
    <message>
        <source>Ways to upsample</source>
        <translation>Wege zum Upsampling</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>The input of all five: rows separated by &apos;;&apos;, numbers by spaces</source>
        <translation>Die Eingabe aller fünf: Zeilen durch &apos;;&apos; getrennt, Zahlen durch Leerzeichen</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>The factor s: the upsampling ops&apos; scale and the transposed convolution&apos;s stride</source>
        <translation>Der Faktor s: die Skalierung der Upsampling-Operationen und die Schrittweite der transponierten Faltung</translation>
    </message>
    <message>
        <source>&amp;align_corners</source>
        <translation>&amp;align_corners</translation>
    </message>
    <message>
        <source>Given to nearest and bilinear, as F.interpolate would be: only bilinear accepts it</source>
        <translation>Wird an Nächster Nachbar und Bilinear übergeben, wie es F.interpolate täte: nur Bilinear akzeptiert es</translation>
    </message>
    <message>
        <source>Learned kernel of the transposed convolution</source>
        <translation>Gelernter Kernel der transponierten Faltung</translation>
    </message>
    <message>
        <source>The transposed convolution&apos;s weights: training would set these</source>
        <translation>Die Gewichte der transponierten Faltung: Training würde sie festlegen</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <source>&amp;Scale s:</source>
        <translation>&amp;Skalierung s:</translation>
    </message>
    <message>
        <source>Learned &amp;kernel:</source>
        <translation>Gelernter &amp;Kernel:</translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation>Eingabe: %1</translation>
    </message>
    <message>
        <source>input: this lab shows inputs up to %1×%1; got %2×%3</source>
        <translation>Eingabe: Dieses Labor zeigt Eingaben bis %1×%1; erhalten: %2×%3</translation>
    </message>
    <message>
        <source>%1 learnable weights</source>
        <translation>%1 lernbare Gewichte</translation>
    </message>
    <message>
        <source>No weights: a fixed rule</source>
        <translation>Keine Gewichte: eine feste Regel</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>Erster Schritt (Pos1)</translation>
    </message>
    <message>
        <source>Step back (Left)</source>
        <translation>Schritt zurück (Links)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Step forward (Right)</source>
        <translation>Schritt vor (Rechts)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Letzter Schritt (Ende)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>&lt;b&gt;All five have finished.&lt;/b&gt; Nearest, bilinear, bed of nails and max unpooling are fixed rules with nothing to learn; only the transposed convolution has weights, which training sets.</source>
        <translation>&lt;b&gt;Alle fünf sind fertig.&lt;/b&gt; Nächster Nachbar, bilinear, Nagelbrett und Max-Unpooling sind feste Regeln ohne etwas zu lernen; nur die transponierte Faltung hat Gewichte, die das Training festlegt.</translation>
    </message>
    <message>
        <source>Play (Space) to watch all five fill in together; each is the same fraction of its own steps.</source>
        <translation>Abspielen (Leertaste), um alle fünf gemeinsam entstehen zu sehen; jede Methode steht beim gleichen Anteil ihrer eigenen Schritte.</translation>
    </message>
    <message>
        <source>Nearest neighbour</source>
        <translation>Nächster Nachbar</translation>
    </message>
    <message>
        <source>Copy each cell into its s×s block.</source>
        <translation>Jede Zelle in ihren s×s-Block kopieren.</translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation>Bilinear</translation>
    </message>
    <message>
        <source>Mix the nearest input cells, weighted by how close each one is.</source>
        <translation>Die nächsten Eingabezellen mischen, gewichtet nach ihrer Nähe.</translation>
    </message>
    <message>
        <source>Bed of nails</source>
        <translation>Nagelbrett</translation>
    </message>
    <message>
        <source>Put each cell in its block&apos;s top-left corner; zeros elsewhere.</source>
        <translation>Jede Zelle in die obere linke Ecke ihres Blocks setzen; sonst Nullen.</translation>
    </message>
    <message>
        <source>Max unpooling</source>
        <translation>Max-Unpooling</translation>
    </message>
    <message>
        <source>Max-pool s×s blocks, then put each maximum back where it was; zeros elsewhere.</source>
        <translation>s×s-Blöcke per Max-Pooling zusammenfassen, dann jedes Maximum an seinen Platz zurücksetzen; sonst Nullen.</translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation>Transponierte Faltung</translation>
    </message>
    <message>
        <source>Scatter each cell times the kernel at stride s; sum where copies overlap.</source>
        <translation>Jede Zelle mal den Kernel mit Schrittweite s verteilen; wo Kopien überlappen, aufsummieren.</translation>
    </message>
    <message>
        <source>How far the five methods have got</source>
        <translation>Wie weit die fünf Methoden gekommen sind</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabetempo</translation>
    </message>
</context>
<context>
    <name>convstep::UpsamplingView</name>
    <message>
        <source>Ways to upsample: five methods on the same input</source>
        <translation>Wege zum Upsampling: fünf Methoden auf derselben Eingabe</translation>
    </message>
</context>
<context>
    <name>convstep::UpstreamDialog</name>
    <message>
        <source>Upstream Gradient ∂L/∂y</source>
        <translation>Upstream-Gradient ∂L/∂y</translation>
    </message>
    <message>
        <source>The backward views start from g = ∂L/∂y, one number per output cell (%1). All ones is the gradient of L = the sum of the outputs; any other g weighs each output&apos;s share of the loss.</source>
        <translation>Die Rückwärtsansichten beginnen mit g = ∂L/∂y, einer Zahl pro Ausgabezelle (%1). Lauter Einsen ist der Gradient von L = Summe der Ausgaben; jedes andere g gewichtet den Anteil jeder Ausgabe am Loss.</translation>
    </message>
    <message>
        <source>Upstream gradient</source>
        <translation>Upstream-Gradient</translation>
    </message>
    <message>
        <source>All &amp;Ones</source>
        <translation>Alles &amp;Einsen</translation>
    </message>
    <message>
        <source>Cell %1 is not a number; type one, such as 1, -0.5 or 2e-3.</source>
        <translation>Zelle %1 ist keine Zahl; bitte eine eingeben, etwa 1, -0.5 oder 2e-3.</translation>
    </message>
</context>
<context>
    <name>convstep::WeightAxesView</name>
    <message>
        <source>Weight axes</source>
        <translation>Gewichtsachsen</translation>
    </message>
    <message>
        <source>axis %1</source>
        <translation>Achse %1</translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation>Form %1</translation>
    </message>
</context>
<context>
    <name>convstep::WeightInspector</name>
    <message>
        <source>Weight tensor inspector</source>
        <translation>Inspektor für Gewichtstensoren</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>The framework whose weight layout to show: the axes slide into its order and its shape is printed</source>
        <translation>Das Framework, dessen Gewichtslayout gezeigt wird: Die Achsen gleiten in seine Reihenfolge, und seine Form wird ausgegeben</translation>
    </message>
    <message>
        <source>A weight&apos;s shape to check</source>
        <translation>Die Form eines zu prüfenden Gewichts</translation>
    </message>
    <message>
        <source>e.g. 3, 3, 3, 2</source>
        <translation>z. B. 3, 3, 3, 2</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Load a weight of &amp;shape:</source>
        <translation>Gewicht der &amp;Form laden:</translation>
    </message>
    <message>
        <source>An upsampling op has no weight.</source>
        <translation>Eine Upsampling-Operation hat kein Gewicht.</translation>
    </message>
    <message>
        <source>%1 is %2 = %3</source>
        <translation>%1 ist %2 = %3</translation>
    </message>
    <message>
        <source>The same order as PyTorch&apos;s.</source>
        <translation>Dieselbe Reihenfolge wie bei PyTorch.</translation>
    </message>
    <message>
        <source>From PyTorch&apos;s %1: permute(%2); back: permute(%3).</source>
        <translation>Aus PyTorchs %1: permute(%2); zurück: permute(%3).</translation>
    </message>
    <message>
        <source>This step uses no kernel; the tiles of the steps that do are outlined as they come.</source>
        <translation>Dieser Schritt verwendet keinen Kernel; die Kacheln der Schritte, die einen verwenden, werden beim Erreichen umrandet.</translation>
    </message>
    <message>
        <source>One channel in, one out: the weight is the one kernel.</source>
        <translation>Ein Kanal hinein, einer heraus: Das Gewicht ist der eine Kernel.</translation>
    </message>
    <message>
        <source>This step uses 1 kernel: %1.</source>
        <translation>Dieser Schritt verwendet 1 Kernel: %1.</translation>
    </message>
    <message>
        <source>This step uses %1 kernels: %2.</source>
        <translation>Dieser Schritt verwendet %1 Kernel: %2.</translation>
    </message>
    <message>
        <source>Type the shape of a weight you want to load (four numbers), and the inspector says whose layout it is.</source>
        <translation>Die Form eines zu ladenden Gewichts eingeben (vier Zahlen), und der Inspektor sagt, wessen Layout es ist.</translation>
    </message>
    <message numerus="yes">
        <source>A convolution&apos;s weight has four axes; %1 has %n.</source>
        <comment>A convolution&apos;s weight has four axes; %1 has %n.</comment>
        <translation>
            <numerusform>Das Gewicht einer Faltung hat vier Achsen; %1 hat %n.</numerusform>
            <numerusform>Das Gewicht einer Faltung hat vier Achsen; %1 hat %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convstep::WeightTilesView</name>
    <message>
        <source>Weight tiles</source>
        <translation>Gewichtskacheln</translation>
    </message>
    <message>
        <source>%1 output channels by %2 input channels, %3 groups</source>
        <translation>%1 Ausgabekanäle mal %2 Eingabekanäle, %3 Gruppen</translation>
    </message>
    <message>
        <source>%1: output channel %2 from input channel %3</source>
        <translation>%1: Ausgabekanal %2 aus Eingabekanal %3</translation>
    </message>
    <message>
        <source>An upsampling op has no weight.</source>
        <translation>Eine Upsampling-Operation hat kein Gewicht.</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>Ausg. %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>Eing. %1</translation>
    </message>
</context>
<context>
    <name>convstep::WorksheetDialog</name>
    <message>
        <source>Print Worksheet</source>
        <translation>Arbeitsblatt drucken</translation>
    </message>
    <message>
        <source>The same seed and options give the same exercises, here and in convstep-cli worksheet</source>
        <translation>Derselbe Seed und dieselben Optionen ergeben dieselben Übungen, hier und in convstep-cli worksheet</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>&amp;Exercises:</source>
        <translation>&amp;Übungen:</translation>
    </message>
    <message>
        <source>1 — conv2d, stride 1, no padding</source>
        <translation>1 — conv2d, Schrittweite 1, kein Padding</translation>
    </message>
    <message>
        <source>2 — strides, padding, transposed convolutions</source>
        <translation>2 — Schrittweiten, Padding, transponierte Faltungen</translation>
    </message>
    <message>
        <source>3 — dilation, Keras &apos;same&apos;, output padding, rectangles</source>
        <translation>3 — Dilatation, Keras &apos;same&apos;, Output-Padding, Rechtecke</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Werte</translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation>&amp;Reichweite</translation>
    </message>
    <message>
        <source>S&amp;hapes</source>
        <translation>&amp;Formen</translation>
    </message>
    <message>
        <source>Re&amp;cipes</source>
        <translation>Re&amp;zepte</translation>
    </message>
    <message>
        <source>The value of an output cell</source>
        <translation>Der Wert einer Ausgabezelle</translation>
    </message>
    <message>
        <source>The output cells an input of a transposed convolution reaches</source>
        <translation>Die Ausgabezellen, die eine Eingabe einer transponierten Faltung erreicht</translation>
    </message>
    <message>
        <source>The output&apos;s shape</source>
        <translation>Die Form der Ausgabe</translation>
    </message>
    <message>
        <source>A transposed convolution as zero insertion, padding and a stride-1 convolution</source>
        <translation>Eine transponierte Faltung als Einfügen von Nullen, Padding und eine Faltung mit Schrittweite 1</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Arten:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>PDF &amp;schreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Type a seed: a whole number such as 1.</source>
        <translation>Einen Seed eingeben: eine ganze Zahl wie 1.</translation>
    </message>
    <message>
        <source>Tick at least one kind of exercise.</source>
        <translation>Mindestens eine Übungsart ankreuzen.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Speicherort für das PDF wählen.</translation>
    </message>
    <message>
        <source>Save Worksheet</source>
        <translation>Arbeitsblatt speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Not written: “%1” already exists.</source>
        <translation>Nicht geschrieben: „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Level %1 · seed %2 · %3</source>
        <translation>Stufe %1 · Seed %2 · %3</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Übungen</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote %1 — %2, %3</source>
        <translation>%1 geschrieben – %2, %3</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Stop Writing?</source>
        <translation>Schreiben stoppen?</translation>
    </message>
    <message>
        <source>The worksheet is being written. Stop and close? Nothing will be written.</source>
        <translation>Das Arbeitsblatt wird gerade geschrieben. Stoppen und schließen? Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>worksheet.pdf</source>
        <translation>worksheet.pdf</translation>
    </message>
</context>
</TS>
