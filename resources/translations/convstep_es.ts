<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;ConvStep %1&lt;/h3&gt;&lt;p&gt;Convolution and transposed convolution, animated step by step.&lt;/p&gt;&lt;p&gt;Results follow PyTorch for integer padding and Keras for &apos;valid&apos; and &apos;same&apos;.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ConvStep %1&lt;/h3&gt;&lt;p&gt;Convolución y convolución transpuesta, animadas paso a paso.&lt;/p&gt;&lt;p&gt;Los resultados siguen a PyTorch para el relleno entero y a Keras para &apos;valid&apos; y &apos;same&apos;.&lt;/p&gt;&lt;p&gt;Licencia: GNU General Public License, versión 3 o posterior.&lt;/p&gt;&lt;p&gt;Creado con %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Calculation</name>
    <message>
        <source>%1 × K → rows %2, columns %3</source>
        <translation>%1 × K → filas %2, columnas %3</translation>
    </message>
    <message>
        <source>%1 → rows %2, columns %3</source>
        <translation>%1 → filas %2, columnas %3</translation>
    </message>
    <message numerus="yes">
        <source>%1; 0 → the other %n cells</source>
        <comment>%1; 0 → the other %n cell</comment>
        <translation>
            <numerusform>%1; 0 → la otra %n celda</numerusform>
            <numerusform>%1; 0 → las otras %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>Output %1 = </source>
        <translation>Salida %1 = </translation>
    </message>
    <message>
        <source>max(the %1 values) = %2 at %3</source>
        <translation>max(los %1 valores) = %2 en %3</translation>
    </message>
    <message>
        <source>max(%1) = %2 at %3</source>
        <translation>max(%1) = %2 en %3</translation>
    </message>
    <message>
        <source>every cell + %1</source>
        <translation>cada celda + %1</translation>
    </message>
    <message>
        <source>(+ %1 more products = %2)</source>
        <translation>(+ %1 productos más = %2)</translation>
    </message>
    <message>
        <source>(%1 products = %2)</source>
        <translation>(%1 productos = %2)</translation>
    </message>
    <message>
        <source>every cell of output channel c + bias[c]</source>
        <translation>cada celda del canal de salida c + bias[c]</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>direct, zero-insertion, matrix, backward-input or backward-kernel (default: the lesson&apos;s view, else direct).</source>
        <translation>direct, zero-insertion, matrix, backward-input o backward-kernel (predeterminado: la vista de la lección; si no, direct).</translation>
    </message>
    <message>
        <source>--view must be direct, zero-insertion, matrix, backward-input or backward-kernel, got &quot;%1&quot;</source>
        <translation>--view debe ser direct, zero-insertion, matrix, backward-input o backward-kernel; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Problem JSON file, - for stdin, or a lesson id.</source>
        <translation>Archivo JSON del problema, - para la entrada estándar, o un id de lección.</translation>
    </message>
    <message>
        <source>Prints every step of a problem in one view as JSON (docs/formats.md).</source>
        <translation>Imprime cada paso de un problema en una vista como JSON (docs/formats.md).</translation>
    </message>
    <message>
        <source>Prints a lesson&apos;s steps as readable text (default: the built-in default lesson).</source>
        <translation>Imprime los pasos de una lección como texto legible (predeterminado: la lección predeterminada integrada).</translation>
    </message>
    <message>
        <source>Lesson or problem JSON file, - for stdin, or a lesson id (see &apos;lessons&apos;).</source>
        <translation>Archivo JSON de lección o de problema, - para la entrada estándar, o un id de lección (véase &apos;lessons&apos;).</translation>
    </message>
    <message>
        <source>Lists the built-in lessons: id and title.</source>
        <translation>Lista las lecciones integradas: id y título.</translation>
    </message>
    <message>
        <source>&apos;lessons&apos; takes no arguments</source>
        <translation>&apos;lessons&apos; no admite argumentos</translation>
    </message>
    <message>
        <source>Prints a Python script that reproduces a problem in PyTorch or Keras.</source>
        <translation>Imprime un script de Python que reproduce un problema en PyTorch o Keras.</translation>
    </message>
    <message>
        <source>pytorch or keras (default: pytorch).</source>
        <translation>pytorch o keras (predeterminado: pytorch).</translation>
    </message>
    <message>
        <source>--framework must be pytorch or keras, got &quot;%1&quot;</source>
        <translation>--framework debe ser pytorch o keras; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Random seed, 0 to 18446744073709551615 (default 1): the same seed and options give the same exercises on every machine.</source>
        <translation>Semilla aleatoria, de 0 a 18446744073709551615 (predeterminada 1): la misma semilla y las mismas opciones dan los mismos ejercicios en cualquier equipo.</translation>
    </message>
    <message>
        <source>Number of exercises, 1 to %1 (default 10).</source>
        <translation>Número de ejercicios, de 1 a %1 (predeterminado 10).</translation>
    </message>
    <message>
        <source>1 (conv2d, stride 1, no padding, up to 5×5), 2 (strides, padding, transposed) or 3 (dilation, Keras &apos;same&apos;, output padding, rectangles); default 2.</source>
        <translation>1 (conv2d, paso (stride) 1, sin relleno, hasta 5×5), 2 (pasos, relleno, transpuesta) o 3 (dilatación, &apos;same&apos; de Keras, relleno de salida, rectángulos); predeterminado 2.</translation>
    </message>
    <message>
        <source>Comma-separated: value, reach, shape, recipe (default: every kind the level has; level 1 has no reach or recipe). The exercises take them in turn.</source>
        <translation>Separados por comas: value, reach, shape, recipe (predeterminado: todos los tipos del nivel; el nivel 1 no tiene reach ni recipe). Los ejercicios los usan por turnos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments, got &quot;%2&quot;</source>
        <translation>&apos;%1&apos; no admite argumentos; se recibió &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, got &quot;%1&quot;</source>
        <translation>--seed debe ser un número entero de 0 a 18446744073709551615; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--count debe ser un número entero de 1 a %1; se recibió &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--level must be 1, 2 or 3, got &quot;%1&quot;</source>
        <translation>--level debe ser 1, 2 o 3; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--kinds must name at least one of value, reach, shape and recipe</source>
        <translation>--kinds debe nombrar al menos uno de value, reach, shape y recipe</translation>
    </message>
    <message>
        <source>--kinds: unknown kind &quot;%1&quot;; the kinds are value, reach, shape and recipe</source>
        <translation>--kinds: tipo desconocido &quot;%1&quot;; los tipos son value, reach, shape y recipe</translation>
    </message>
    <message>
        <source>Prints random exercises, one JSON object per line: {&quot;kind&quot;, &quot;problem&quot;, &quot;question&quot;, &quot;answer&quot;} (docs/formats.md). Small integers only, for working by hand.
Example: convstep-cli exercises --seed 7 --count 4 --level 3 --kinds value,reach</source>
        <translation>Imprime ejercicios aleatorios, un objeto JSON por línea: {&quot;kind&quot;, &quot;problem&quot;, &quot;question&quot;, &quot;answer&quot;} (docs/formats.md). Solo enteros pequeños, para resolver a mano.
Ejemplo: convstep-cli exercises --seed 7 --count 4 --level 3 --kinds value,reach</translation>
    </message>
    <message>
        <source>Output file, or folder for png/svg frames (required).</source>
        <translation>Archivo de salida, o carpeta para fotogramas png/svg (obligatorio).</translation>
    </message>
    <message>
        <source>gif, mp4, webm, png, svg or pdf (default: from the output&apos;s extension, else gif).</source>
        <translation>gif, mp4, webm, png, svg o pdf (predeterminado: según la extensión de la salida; si no, gif).</translation>
    </message>
    <message>
        <source>Frame size in pixels, WIDTHxHEIGHT (default 800x600; even for video).</source>
        <translation>Tamaño del fotograma en píxeles, ANCHOxALTO (predeterminado 800x600; par para vídeo).</translation>
    </message>
    <message>
        <source>Frames per second, 1 to 60 (default 2: one step per frame; with --smooth 12).</source>
        <translation>Fotogramas por segundo, de 1 a 60 (predeterminado 2: un paso por fotograma; con --smooth 12).</translation>
    </message>
    <message>
        <source>light, dark or contrast (default light).</source>
        <translation>light, dark o contrast (predeterminado light).</translation>
    </message>
    <message>
        <source>Steps to export, 1-based and inclusive as the program shows them (&quot;Step 7 of 16&quot;): FROM:TO, FROM:, :TO or one step N (default: all).</source>
        <translation>Pasos que exportar, contados desde 1 e inclusivos, como los muestra el programa (&quot;Paso 7 de 16&quot;): DESDE:HASTA, DESDE:, :HASTA o un solo paso N (predeterminado: todos).</translation>
    </message>
    <message>
        <source>In-between frames: each step glides for half a second, then rests for half.</source>
        <translation>Fotogramas intermedios: cada paso se desliza durante medio segundo y luego reposa otro medio.</translation>
    </message>
    <message>
        <source>Extra seconds on the first and the last frame (default 0).</source>
        <translation>Segundos extra en el primer y el último fotograma (predeterminado 0).</translation>
    </message>
    <message>
        <source>pdf: steps per page, 1 to 16, in a grid (default 1).</source>
        <translation>pdf: pasos por página, de 1 a 16, en una cuadrícula (predeterminado 1).</translation>
    </message>
    <message>
        <source>Enlarge the stage&apos;s text, 0.5 to 3 (default 1).</source>
        <translation>Amplía el texto del escenario, de 0,5 a 3 (predeterminado 1).</translation>
    </message>
    <message>
        <source>Replace an existing output file, or a folder of earlier frames.</source>
        <translation>Reemplaza un archivo de salida existente o una carpeta de fotogramas anteriores.</translation>
    </message>
    <message>
        <source>Leave out the narration and arithmetic under the grids.</source>
        <translation>Omite la narración y la aritmética bajo las cuadrículas.</translation>
    </message>
    <message>
        <source>Print nothing on success.</source>
        <translation>No imprime nada si todo sale bien.</translation>
    </message>
    <message>
        <source>missing the output: -o PATH</source>
        <translation>falta la salida: -o PATH</translation>
    </message>
    <message>
        <source>--format must be gif, mp4, webm, png, svg or pdf, got &quot;%1&quot;</source>
        <translation>--format debe ser gif, mp4, webm, png, svg o pdf; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a number, got &quot;%2&quot;</source>
        <translation>--%1 debe ser un número; se recibió &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--fps must be a whole number, got &quot;%1&quot;</source>
        <translation>--fps debe ser un número entero; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--theme must be light, dark or contrast, got &quot;%1&quot;</source>
        <translation>--theme debe ser light, dark o contrast; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--per-page must be a whole number</source>
        <translation>--per-page debe ser un número entero</translation>
    </message>
    <message>
        <source>interrupted; nothing was written</source>
        <translation>interrumpido; no se escribió nada</translation>
    </message>
    <message>
        <source>Lesson or problem JSON file, - for stdin, or a lesson id.</source>
        <translation>Archivo JSON de lección o de problema, - para la entrada estándar, o un id de lección.</translation>
    </message>
    <message>
        <source>missing the lesson (a file, - for stdin, or a lesson id)</source>
        <translation>falta la lección (un archivo, - para la entrada estándar, o un id de lección)</translation>
    </message>
    <message>
        <source>expected one lesson, got %1</source>
        <translation>se esperaba una lección; se recibieron %1</translation>
    </message>
    <message>
        <source>Exports every built-in lesson into one folder (created when missing), each named after its id: &lt;id&gt;.gif, or a folder &lt;id&gt;/ of frames. Takes export&apos;s options except --steps; a lesson that cannot be shown in --view uses its own view.</source>
        <translation>Exporta todas las lecciones integradas a una carpeta (que se crea si falta), cada una con el nombre de su id: &lt;id&gt;.gif, o una carpeta &lt;id&gt;/ de fotogramas. Admite las opciones de export salvo --steps; una lección que no se puede mostrar en --view usa su propia vista.</translation>
    </message>
    <message>
        <source>&apos;gallery&apos; takes no lesson; it exports every built-in lesson</source>
        <translation>&apos;gallery&apos; no admite ninguna lección; exporta todas las lecciones integradas</translation>
    </message>
    <message>
        <source>--upstream applies only to the backward views (backward-input, backward-kernel), not %1</source>
        <translation>--upstream solo se aplica a las vistas de retropropagación (backward-input, backward-kernel), no a %1</translation>
    </message>
    <message>
        <source>the problem and --upstream cannot both be - (standard input)</source>
        <translation>el problema y --upstream no pueden ser ambos - (entrada estándar)</translation>
    </message>
    <message>
        <source>Prints {&quot;grad_bias&quot;: b, &quot;grad_input&quot;: [[…]], &quot;grad_kernel&quot;: [[…]]}: the gradient of L through a conv2d or conv_transpose2d, given ∂L/∂y (default all ones).</source>
        <translation>Imprime {&quot;grad_bias&quot;: b, &quot;grad_input&quot;: [[…]], &quot;grad_kernel&quot;: [[…]]}: el gradiente de L a través de una conv2d o conv_transpose2d, dado ∂L/∂y (predeterminado: todo unos).</translation>
    </message>
    <message>
        <source>grad applies to conv2d and conv_transpose2d; %1 has no kernel</source>
        <translation>grad se aplica a conv2d y conv_transpose2d; %1 no tiene kernel</translation>
    </message>
    <message>
        <source>missing the problem file (use - for stdin)</source>
        <translation>falta el archivo del problema (use - para la entrada estándar)</translation>
    </message>
    <message>
        <source>expected one problem file, got %1</source>
        <translation>se esperaba un archivo de problema; se recibieron %1</translation>
    </message>
    <message>
        <source>ConvStep on the command line: convolution, transposed convolution and upsampling, step by step.</source>
        <translation>ConvStep en la línea de comandos: convolución, convolución transpuesta y sobremuestreo, paso a paso.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>print the output grid as JSON</source>
        <translation>imprime la cuadrícula de salida como JSON</translation>
    </message>
    <message>
        <source>print every step as JSON</source>
        <translation>imprime cada paso como JSON</translation>
    </message>
    <message>
        <source>print the gradient of the input, kernel and bias as JSON</source>
        <translation>imprime el gradiente de la entrada, el kernel y el sesgo como JSON</translation>
    </message>
    <message>
        <source>train a learned upsampler; print the loss of every step</source>
        <translation>entrena un sobremuestreador aprendido; imprime la pérdida de cada paso</translation>
    </message>
    <message>
        <source>print every step as readable text</source>
        <translation>imprime cada paso como texto legible</translation>
    </message>
    <message>
        <source>list the built-in lessons</source>
        <translation>lista las lecciones integradas</translation>
    </message>
    <message>
        <source>print a Python script reproducing the problem</source>
        <translation>imprime un script de Python que reproduce el problema</translation>
    </message>
    <message>
        <source>print random exercises with answers, one JSON per line</source>
        <translation>imprime ejercicios aleatorios con respuestas, un JSON por línea</translation>
    </message>
    <message>
        <source>write an animation (gif, mp4, webm), frames (png, svg) or a pdf handout</source>
        <translation>escribe una animación (gif, mp4, webm), fotogramas (png, svg) o un folleto en pdf</translation>
    </message>
    <message>
        <source>export every built-in lesson</source>
        <translation>exporta todas las lecciones integradas</translation>
    </message>
    <message>
        <source>the same exercises as a printable PDF with an answer key</source>
        <translation>los mismos ejercicios como PDF imprimible con solucionario</translation>
    </message>
    <message>
        <source>Run &apos;convstep-cli COMMAND --help&apos; for a command&apos;s options. Exit status: 0 success, 1 a file could not be read or written, 2 a usage error or an invalid problem.</source>
        <translation>Ejecute &apos;convstep-cli COMMAND --help&apos; para ver las opciones de un comando. Código de salida: 0 éxito, 1 no se pudo leer o escribir un archivo, 2 error de uso o problema no válido.</translation>
    </message>
    <message>
        <source>--lang needs a language: en, de, es or zh_CN</source>
        <translation>--lang necesita un idioma: en, de, es o zh_CN</translation>
    </message>
    <message>
        <source>--lang must be en, de, es or zh_CN, got &quot;%1&quot;</source>
        <translation>--lang debe ser en, de, es o zh_CN; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Language of the messages and the help: en, de, es or zh_CN (default: the system&apos;s).</source>
        <translation>Idioma de los mensajes y de la ayuda: en, de, es o zh_CN (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>El comando que ejecutar.</translation>
    </message>
    <message>
        <source>missing command; try &apos;convstep-cli --help&apos;</source>
        <translation>falta el comando; pruebe &apos;convstep-cli --help&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;convstep-cli --help&apos;</source>
        <translation>comando desconocido &apos;%1&apos;; pruebe &apos;convstep-cli --help&apos;</translation>
    </message>
    <message>
        <source>%1, scale %2</source>
        <translation>%1, escala %2</translation>
    </message>
    <message>
        <source>%1, scale %2, align_corners %3</source>
        <translation>%1, escala %2, align_corners %3</translation>
    </message>
    <message>
        <source>%1, stride %2, dilation %3, padding %4</source>
        <translation>%1, paso (stride) %2, dilatación %3, relleno %4</translation>
    </message>
    <message>
        <source>%1, output_padding %2</source>
        <translation>%1, output_padding %2</translation>
    </message>
    <message>
        <source>%1, bias %2</source>
        <translation>%1, sesgo %2</translation>
    </message>
    <message>
        <source>Output size: %1</source>
        <translation>Tamaño de salida: %1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Upstream gradient ∂L/∂y</source>
        <translation>Gradiente entrante (upstream) ∂L/∂y</translation>
    </message>
    <message>
        <source>Step %1 of %2 [%3] %4</source>
        <translation>Paso %1 de %2 [%3] %4</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Trains a transposed convolution or a resize-convolution to upsample the block means of an image back to the image (SGD on the mean squared error, float64). Prints {&quot;loss&quot;: L, &quot;step&quot;: n} for n = 0 … steps, then {&quot;bias&quot;, &quot;kernel&quot;, &quot;output&quot;}.</source>
        <translation>Entrena una convolución transpuesta o una convolución con redimensionado para sobremuestrear las medias por bloques de una imagen hasta recuperar la imagen (SGD sobre el error cuadrático medio, float64). Imprime {&quot;loss&quot;: L, &quot;step&quot;: n} para n = 0 … pasos y luego {&quot;bias&quot;, &quot;kernel&quot;, &quot;output&quot;}.</translation>
    </message>
    <message>
        <source>Training spec JSON file (docs/formats.md), or -.</source>
        <translation>Archivo JSON con la especificación del entrenamiento (docs/formats.md), o -.</translation>
    </message>
    <message>
        <source>missing the training spec file (use - for stdin)</source>
        <translation>falta el archivo de especificación del entrenamiento (use - para la entrada estándar)</translation>
    </message>
    <message>
        <source>expected one spec file, got %1</source>
        <translation>se esperaba un archivo de especificación; se recibieron %1</translation>
    </message>
    <message>
        <source>the loss is no longer finite after %1 steps: learning_rate %2 is too large for this image and kernel</source>
        <translation>la pérdida ya no es finita tras %1 pasos: learning_rate %2 es demasiado grande para esta imagen y este kernel</translation>
    </message>
    <message>
        <source>Writes the exercises &apos;exercises&apos; prints for the same options as a printable A4 PDF: each question with its grids and an empty answer box, then an answer key. The file appears only when complete.
Example: convstep-cli worksheet --level 1 -o sheet.pdf</source>
        <translation>Escribe los ejercicios que &apos;exercises&apos; imprime con las mismas opciones como un PDF A4 imprimible: cada pregunta con sus cuadrículas y un recuadro de respuesta vacío, y después un solucionario. El archivo aparece solo cuando está completo.
Ejemplo: convstep-cli worksheet --level 1 -o sheet.pdf</translation>
    </message>
    <message>
        <source>The PDF file to write (required).</source>
        <translation>El archivo PDF que escribir (obligatorio).</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Reemplaza un archivo existente.</translation>
    </message>
    <message>
        <source>missing the output: -o FILE.pdf</source>
        <translation>falta la salida: -o FILE.pdf</translation>
    </message>
    <message>
        <source>ConvStep worksheet</source>
        <translation>Hoja de trabajo de ConvStep</translation>
    </message>
    <message>
        <source>Prints {&quot;output&quot;: [[…]], &quot;output_shape&quot;: [H, W]} for a problem; with channels [C][H][W] and [C, H, W].</source>
        <translation>Imprime {&quot;output&quot;: [[…]], &quot;output_shape&quot;: [H, W]} para un problema; con canales, [C][H][W] y [C, H, W].</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4%)</source>
        <translation>%1 %2 de %3 (%4%)</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, quedan unos %1 s</translation>
    </message>
    <message>
        <source>, about %1 min left</source>
        <translation>, quedan unos %1 min</translation>
    </message>
    <message>
        <source>Only every n-th of those steps, counted from the first, and the last.</source>
        <translation>Solo uno de cada n de esos pasos, contando desde el primero, y el último.</translation>
    </message>
    <message>
        <source>Only the first and the last step of each phase (pad, slide, crop, …).</source>
        <translation>Solo el primer y el último paso de cada fase (rellenar, deslizar, recortar, …).</translation>
    </message>
    <message>
        <source>Only the finished state (the last step) as one PNG file: -o NAME.png.</source>
        <translation>Solo el estado final (el último paso) como un archivo PNG: -o NAME.png.</translation>
    </message>
    <message>
        <source>Matrix view: write C with the kernel&apos;s weight names (w₀₀, w₀₁, …) and x, y with indexed names (x₀, y₀, …) instead of numbers.</source>
        <translation>Vista de matriz: escribe C con los nombres de los pesos del kernel (w₀₀, w₀₁, …) y x, y con nombres indexados (x₀, y₀, …) en lugar de números.</translation>
    </message>
    <message>
        <source>--every, --phases and --final each choose the steps; give one of them</source>
        <translation>--every, --phases y --final eligen cada uno los pasos; indique solo uno de ellos</translation>
    </message>
    <message>
        <source>--every must be a whole number of steps, 1 or more, got &quot;%1&quot;</source>
        <translation>--every debe ser un número entero de pasos, 1 o más; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Exports a lesson&apos;s steps as an animated GIF, an MP4 or WebM video, a folder of PNG or SVG frames (frame-0001.png, …) or a PDF handout. Every frame is the stage as the program draws it. The output appears only when complete. The backward views start from --upstream FILE, else the lesson&apos;s &quot;upstream&quot;, else all ones.
Example: convstep-cli export article-convolution -o conv.gif --steps 1:4 --smooth</source>
        <translation>Exporta los pasos de una lección como GIF animado, vídeo MP4 o WebM, una carpeta de fotogramas PNG o SVG (frame-0001.png, …) o un folleto en PDF. Cada fotograma es el escenario tal como lo dibuja el programa. La salida aparece solo cuando está completa. Las vistas de retropropagación parten de --upstream FILE; si no, del &quot;upstream&quot; de la lección; si no, de todo unos.
Ejemplo: convstep-cli export article-convolution -o conv.gif --steps 1:4 --smooth</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>fotograma</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lección</translation>
    </message>
    <message>
        <source>JSON file {&quot;upstream&quot;: [[…]]}: ∂L/∂y, shaped like the output, for the gradient (default: the lesson&apos;s &quot;upstream&quot;, else all ones, L = the sum of the outputs).</source>
        <translation>Archivo JSON {&quot;upstream&quot;: [[…]]}: ∂L/∂y, con la forma de la salida, para el gradiente (predeterminado: el &quot;upstream&quot; de la lección; si no, todo unos, L = la suma de las salidas).</translation>
    </message>
    <message>
        <source>grad differentiates a problem of one channel; this one has channel axes (a 3-D input or a 4-D kernel)</source>
        <translation>grad deriva un problema de un solo canal; este tiene ejes de canal (una entrada 3-D o un kernel 4-D)</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n pages, %2</source>
        <comment>wrote %1: %n page, %2</comment>
        <translation>
            <numerusform>escrito %1: %n página, %2</numerusform>
            <numerusform>escrito %1: %n páginas, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n frames, %2</source>
        <comment>wrote %1: %n frame, %2</comment>
        <translation>
            <numerusform>escrito %1: %n fotograma, %2</numerusform>
            <numerusform>escrito %1: %n fotogramas, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>View: %1, %n steps</source>
        <comment>View: %1, %n step</comment>
        <translation>
            <numerusform>Vista: %1, %n paso</numerusform>
            <numerusform>Vista: %1, %n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Level %1 · seed %2 · %n exercises</source>
        <comment>Level %1 · seed %2 · %n exercise</comment>
        <translation>
            <numerusform>Nivel %1 · semilla %2 · %n ejercicio</numerusform>
            <numerusform>Nivel %1 · semilla %2 · %n ejercicios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>stride %1</source>
        <translation>paso (stride) %1</translation>
    </message>
    <message>
        <source>dilation %1</source>
        <translation>dilatación %1</translation>
    </message>
    <message>
        <source>padding &apos;%1&apos; (Keras)</source>
        <translation>relleno &apos;%1&apos; (Keras)</translation>
    </message>
    <message>
        <source>no padding</source>
        <translation>sin relleno</translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation>relleno %1</translation>
    </message>
    <message>
        <source>output padding %1</source>
        <translation>relleno de salida %1</translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation>sesgo %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of settings</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A %1: what is output cell %2? Rows and columns count from 0.</source>
        <translation>Una %1: ¿cuánto vale la celda de salida %2? Las filas y las columnas se cuentan desde 0.</translation>
    </message>
    <message>
        <source>A %1: which output cells receive a product of input cell %2? Rows and columns count from 0.</source>
        <translation>Una %1: ¿qué celdas de salida reciben un producto de la celda de entrada %2? Las filas y las columnas se cuentan desde 0.</translation>
    </message>
    <message>
        <source>A %1: what is the output&apos;s shape, rows × columns?</source>
        <translation>Una %1: ¿qué forma tiene la salida, filas × columnas?</translation>
    </message>
    <message>
        <source>A %1: rewrite it as a stride-1 convolution with the kernel turned 180°. How many zeros go between neighbouring input rows, and between columns? How many rows or columns of zeros pad the top, bottom, left and right?</source>
        <translation>Una %1: reescríbala como una convolución de paso 1 con el kernel girado 180°. ¿Cuántos ceros van entre filas de entrada vecinas, y entre columnas? ¿Cuántas filas o columnas de ceros rellenan arriba, abajo, a la izquierda y a la derecha?</translation>
    </message>
    <message>
        <source>level must be 1, 2 or 3, got %1</source>
        <translation>level debe ser 1, 2 o 3; se recibió %1</translation>
    </message>
    <message>
        <source>count must be 1 to %1, got %2</source>
        <translation>count debe estar entre 1 y %1; se recibió %2</translation>
    </message>
    <message>
        <source>kinds lists %1 twice</source>
        <translation>kinds incluye %1 dos veces</translation>
    </message>
    <message>
        <source>kinds: %1 is about transposed convolutions, which level %2 does not have (use level 2 or 3)</source>
        <translation>kinds: %1 trata de convoluciones transpuestas, que el nivel %2 no tiene (use el nivel 2 o 3)</translation>
    </message>
    <message>
        <source>%1 (%2) of the %3 input with the %4 kernel</source>
        <translation>%1 (%2) de la entrada de %3 con el kernel de %4</translation>
    </message>
    <message>
        <source>output %1 = %2</source>
        <translation>salida %1 = %2</translation>
    </message>
    <message>
        <source>input %1 reaches no output cell</source>
        <translation>la entrada %1 no llega a ninguna celda de salida</translation>
    </message>
    <message>
        <source>input %1 reaches %2</source>
        <translation>la entrada %1 llega a %2</translation>
    </message>
    <message>
        <source>output shape %1</source>
        <translation>forma de salida %1</translation>
    </message>
    <message numerus="yes">
        <source>insert %n zeros between rows and %1 between columns; pad top %2, bottom %3, left %4, right %5</source>
        <comment>insert %n zero between rows and %1 between columns; pad top %2, bottom %3, left %4, right %5</comment>
        <translation>
            <numerusform>insertar %n cero entre filas y %1 entre columnas; rellenar arriba %2, abajo %3, a la izquierda %4, a la derecha %5</numerusform>
            <numerusform>insertar %n ceros entre filas y %1 entre columnas; rellenar arriba %2, abajo %3, a la izquierda %4, a la derecha %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, such as 800x600, got &quot;%1&quot;</source>
        <translation>--size debe ser ANCHOxALTO en píxeles, como 800x600; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--size: each side must be %1 to %2 pixels, got %3x%4</source>
        <translation>--size: cada lado debe medir de %1 a %2 píxeles; se recibió %3x%4</translation>
    </message>
    <message>
        <source>--steps must be FROM:TO (1-based, both included), FROM:, :TO or one step number, got &quot;%1&quot;</source>
        <translation>--steps debe ser DESDE:HASTA (desde 1, ambos incluidos), DESDE:, :HASTA o un número de paso; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--steps counts from 1, got &quot;%1&quot;</source>
        <translation>--steps cuenta desde 1; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--steps: FROM must not be after TO, got &quot;%1&quot;</source>
        <translation>--steps: DESDE no debe ser posterior a HASTA; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--steps %1:%2 is outside the lesson&apos;s steps 1:%3</source>
        <translation>--steps %1:%2 está fuera de los pasos de la lección 1:%3</translation>
    </message>
    <message>
        <source>no output path (-o PATH)</source>
        <translation>no hay ruta de salida (-o PATH)</translation>
    </message>
    <message>
        <source>--size: each side must be %1 to %2 pixels</source>
        <translation>--size: cada lado debe medir de %1 a %2 píxeles</translation>
    </message>
    <message>
        <source>--fps must be 1 to %1, got %2</source>
        <translation>--fps debe estar entre 1 y %1; se recibió %2</translation>
    </message>
    <message>
        <source>--hold must be 0 to %1 seconds</source>
        <translation>--hold debe estar entre 0 y %1 segundos</translation>
    </message>
    <message>
        <source>--per-page must be 1 to %1, got %2</source>
        <translation>--per-page debe estar entre 1 y %1; se recibió %2</translation>
    </message>
    <message>
        <source>font scale must be 0.5 to 3</source>
        <translation>la escala de fuente debe estar entre 0,5 y 3</translation>
    </message>
    <message>
        <source>%1 needs an even width and height (yuv420p), got %2x%3; try %4x%5</source>
        <translation>%1 necesita un ancho y un alto pares (yuv420p); se recibió %2x%3; pruebe %4x%5</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>cannot reopen %1: %2</source>
        <translation>no se puede volver a abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 es una carpeta</translation>
    </message>
    <message>
        <source>%1 already exists (use --overwrite to replace it)</source>
        <translation>%1 ya existe (use --overwrite para reemplazarlo)</translation>
    </message>
    <message>
        <source>cannot write in folder %1: %2</source>
        <translation>no se puede escribir en la carpeta %1: %2</translation>
    </message>
    <message>
        <source>nothing to commit for %1</source>
        <translation>no hay nada que confirmar para %1</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe y no es una carpeta</translation>
    </message>
    <message>
        <source>folder %1 is not empty (use --overwrite to replace its frames)</source>
        <translation>la carpeta %1 no está vacía (use --overwrite para reemplazar sus fotogramas)</translation>
    </message>
    <message>
        <source>folder %1 holds files other than frames; not replacing it</source>
        <translation>la carpeta %1 contiene archivos que no son fotogramas; no se reemplaza</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>cannot start the GIF (%1)</source>
        <translation>no se puede iniciar el GIF (%1)</translation>
    </message>
    <message>
        <source>cannot write the GIF header</source>
        <translation>no se puede escribir la cabecera del GIF</translation>
    </message>
    <message>
        <source>cannot write the GIF loop extension</source>
        <translation>no se puede escribir la extensión de bucle del GIF</translation>
    </message>
    <message>
        <source>GIF frame of the wrong size or format</source>
        <translation>fotograma GIF con tamaño o formato incorrecto</translation>
    </message>
    <message>
        <source>cannot write GIF frame %1</source>
        <translation>no se puede escribir el fotograma GIF %1</translation>
    </message>
    <message>
        <source>the GIF was never started</source>
        <translation>el GIF nunca se llegó a iniciar</translation>
    </message>
    <message>
        <source>cannot finish the GIF (%1)</source>
        <translation>no se puede terminar el GIF (%1)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation>no se puede iniciar el SVG</translation>
    </message>
    <message>
        <source>%1 · input %2 · kernel %3 · stride %4 · dilation %5 · padding %6</source>
        <translation>%1 · entrada %2 · kernel %3 · paso (stride) %4 · dilatación %5 · relleno %6</translation>
    </message>
    <message>
        <source>%1 · output padding %2</source>
        <translation>%1 · relleno de salida %2</translation>
    </message>
    <message>
        <source>%1 · bias %2</source>
        <translation>%1 · sesgo %2</translation>
    </message>
    <message>
        <source>ConvStep lesson</source>
        <translation>Lección de ConvStep</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Tamaño de salida</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
    <message>
        <source>Output size: %1</source>
        <translation>Tamaño de salida: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>no se puede iniciar el PDF</translation>
    </message>
    <message>
        <source>yuv420p video needs an even width and height</source>
        <translation>el vídeo yuv420p necesita un ancho y un alto pares</translation>
    </message>
    <message>
        <source>cannot set up the %1 container: %2</source>
        <translation>no se puede preparar el contenedor %1: %2</translation>
    </message>
    <message>
        <source>no %1 encoder in this FFmpeg</source>
        <translation>este FFmpeg no tiene el codificador %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>cannot start the %1 encoder: %2</source>
        <translation>no se puede iniciar el codificador %1: %2</translation>
    </message>
    <message>
        <source>cannot set up the colour conversion</source>
        <translation>no se puede preparar la conversión de color</translation>
    </message>
    <message>
        <source>video frame of the wrong size</source>
        <translation>fotograma de vídeo con tamaño incorrecto</translation>
    </message>
    <message>
        <source>the video was never started</source>
        <translation>el vídeo nunca se llegó a iniciar</translation>
    </message>
    <message>
        <source>value</source>
        <comment>an exercise asking for an output value</comment>
        <translation>valor</translation>
    </message>
    <message>
        <source>reach</source>
        <comment>an exercise asking which outputs an input reaches</comment>
        <translation>alcance</translation>
    </message>
    <message>
        <source>shape</source>
        <comment>an exercise asking for the output shape</comment>
        <translation>forma</translation>
    </message>
    <message>
        <source>recipe</source>
        <comment>an exercise asking for the zero-insertion recipe</comment>
        <translation>receta</translation>
    </message>
    <message>
        <source>Write each answer in its box. Rows and columns count from 0, top left; a kernel is used as PyTorch and Keras use it. The answer key follows the last exercise.</source>
        <translation>Escriba cada respuesta en su recuadro. Las filas y las columnas se cuentan desde 0, arriba a la izquierda; el kernel se usa como lo usan PyTorch y Keras. El solucionario sigue al último ejercicio.</translation>
    </message>
    <message>
        <source>Exercise %1 · %2</source>
        <translation>Ejercicio %1 · %2</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Solucionario</translation>
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
        <translation>no hay ejercicios</translation>
    </message>
    <message>
        <source>ConvStep worksheet</source>
        <translation>Hoja de trabajo de ConvStep</translation>
    </message>
    <message>
        <source>--every must be at least 1, got %1</source>
        <translation>--every debe ser al menos 1; se recibió %1</translation>
    </message>
    <message>
        <source>--final writes one PNG file, not %1: use -o NAME.png</source>
        <translation>--final escribe un archivo PNG, no %1: use -o NAME.png</translation>
    </message>
    <message>
        <source>--final writes one picture of the last step; leave out --smooth</source>
        <translation>--final escribe una imagen del último paso; omita --smooth</translation>
    </message>
    <message>
        <source>video export needs FFmpeg&apos;s lib%1 (version %2): %3</source>
        <translation>la exportación de vídeo necesita lib%1 de FFmpeg (versión %2): %3</translation>
    </message>
    <message>
        <source>this FFmpeg has no %1</source>
        <translation>este FFmpeg no tiene %1</translation>
    </message>
    <message>
        <source>View: %1 · steps %2 to %3 of %4</source>
        <translation>Vista: %1 · pasos %2 a %3 de %4</translation>
    </message>
    <message>
        <source> · output %1</source>
        <translation> · salida %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>an ordinal number: the 2nd</comment>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>cada paso</translation>
    </message>
    <message>
        <source>every %1 step, and the last</source>
        <extracomment>%1 is an ordinal number as the language writes it: &quot;2nd&quot;, &quot;2.&quot;, &quot;第2&quot;</extracomment>
        <translation>cada %1 paso, y el último</translation>
    </message>
    <message>
        <source>the first and the last step of each phase</source>
        <translation>el primer y el último paso de cada fase</translation>
    </message>
    <message>
        <source>the last step</source>
        <translation>el último paso</translation>
    </message>
    <message numerus="yes">
        <source>%n steps follow, %1 to a page.</source>
        <comment>%n step follows, %1 to a page.</comment>
        <translation>
            <numerusform>Sigue %n paso, %1 por página.</numerusform>
            <numerusform>Siguen %n pasos, %1 por página.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>%1; crop %2 in total: %3 before, %4 after (TensorFlow puts the odd one after)</source>
        <translation>%1; recorte de %2 en total: %3 antes, %4 después (TensorFlow pone el impar después)</translation>
    </message>
    <message>
        <source>%1; padding %2 in total: %3 before, %4 after (TensorFlow puts the odd one after)</source>
        <translation>%1; relleno de %2 en total: %3 antes, %4 después (TensorFlow pone el impar después)</translation>
    </message>
    <message>
        <source>%1; crop %2 in total: %3 before, %4 after</source>
        <translation>%1; recorte de %2 en total: %3 antes, %4 después</translation>
    </message>
    <message>
        <source>%1; padding %2 in total: %3 before, %4 after</source>
        <translation>%1; relleno de %2 en total: %3 antes, %4 después</translation>
    </message>
    <message numerus="yes">
        <source>%1; nothing to crop: the canvas is only %2 long, so %n zeros are added after</source>
        <comment>%1; nothing to crop: the canvas is only %2 long, so %n zero is added after</comment>
        <translation>
            <numerusform>%1; nada que recortar: el lienzo solo mide %2, así que se añade %n cero después</numerusform>
            <numerusform>%1; nada que recortar: el lienzo solo mide %2, así que se añaden %n ceros después</numerusform>
        </translation>
    </message>
    <message>
        <source>pooled ⌊i/s⌋ = ⌊%1/%2⌋ = %3, output o = pooled·s = %3·%2 = %4</source>
        <translation>agrupado ⌊i/s⌋ = ⌊%1/%2⌋ = %3, salida o = agrupado·s = %3·%2 = %4</translation>
    </message>
    <message>
        <source>rows: %1
columns: %2</source>
        <translation>filas: %1
columnas: %2</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Language: en, de, es or zh_CN (default: as chosen in View → Language, else the system&apos;s).</source>
        <translation>Idioma: en, de, es o zh_CN (predeterminado: el elegido en Ver → Idioma; si no, el del sistema).</translation>
    </message>
    <message>
        <source>Convolution and transposed convolution, animated step by step.</source>
        <translation>Convolución y convolución transpuesta, animadas paso a paso.</translation>
    </message>
    <message>
        <source>Opens LESSON (a lesson or problem JSON file), or the last lesson, or the default one.</source>
        <translation>Abre LESSON (un archivo JSON de lección o de problema), o la última lección, o la predeterminada.</translation>
    </message>
    <message>
        <source>Lesson file to open.</source>
        <translation>Archivo de lección que abrir.</translation>
    </message>
    <message>
        <source>convstep: --lang must be en, de, es or zh_CN, got &quot;%1&quot;</source>
        <translation>convstep: --lang debe ser en, de, es o zh_CN; se recibió &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>is missing; the file must be {&quot;upstream&quot;: [[…]]}, a grid shaped like the output</source>
        <translation>falta; el archivo debe ser {&quot;upstream&quot;: [[…]]}, una cuadrícula con la forma de la salida</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the 16 MiB limit</source>
        <translation>%1 supera el límite de 16 MiB</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; ¿quiso decir &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>must be an integer, got %1</source>
        <translation>debe ser un entero; se recibió %1</translation>
    </message>
    <message>
        <source>must be an integer or a [rows, cols] pair, got %1</source>
        <translation>debe ser un entero o un par [filas, columnas]; se recibió %1</translation>
    </message>
    <message>
        <source>must be a finite number, got %1</source>
        <translation>debe ser un número finito; se recibió %1</translation>
    </message>
    <message>
        <source>must be a non-empty list of equally long rows of numbers, got %1</source>
        <translation>debe ser una lista no vacía de filas de números de igual longitud; se recibió %1</translation>
    </message>
    <message>
        <source>must have 1 to %1 rows, got %2</source>
        <translation>debe tener de 1 a %1 filas; se recibieron %2</translation>
    </message>
    <message>
        <source>must have 1 to %1 columns, got %2</source>
        <translation>debe tener de 1 a %1 columnas; se recibieron %2</translation>
    </message>
    <message>
        <source>must be a non-empty list of equally long rows of numbers; row %1 is %2</source>
        <translation>debe ser una lista no vacía de filas de números de igual longitud; la fila %1 es %2</translation>
    </message>
    <message>
        <source>rows must be equally long; row %1 has %2 values, row 0 has %3</source>
        <translation>las filas deben tener la misma longitud; la fila %1 tiene %2 valores, la fila 0 tiene %3</translation>
    </message>
    <message>
        <source>values must be finite numbers; row %1, column %2 is %3</source>
        <translation>los valores deben ser números finitos; la fila %1, columna %2 es %3</translation>
    </message>
    <message>
        <source>is not a known field%1</source>
        <translation>no es un campo conocido%1</translation>
    </message>
    <message>
        <source>the file is larger than the 16 MiB limit</source>
        <translation>el archivo supera el límite de 16 MiB</translation>
    </message>
    <message>
        <source>the document must be a JSON object such as %1</source>
        <translation>el documento debe ser un objeto JSON como %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON no válido en %1: %2</translation>
    </message>
    <message>
        <source>a value (a number, &quot;text&quot;, true, false, null, a [list] or an {object})</source>
        <translation>un valor (un número, &quot;texto&quot;, true, false, null, una [lista] o un {objeto})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is empty: it holds only spaces and line breaks</source>
        <translation>el archivo está vacío: solo contiene espacios y saltos de línea</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1; se encontró %2</translation>
    </message>
    <message>
        <source>the file ends before an object is closed: a } is missing</source>
        <translation>el archivo termina antes de cerrar un objeto: falta una }</translation>
    </message>
    <message>
        <source>a field name in &quot;double quotes&quot;</source>
        <translation>un nombre de campo entre &quot;comillas dobles&quot;</translation>
    </message>
    <message>
        <source>a comma or } after the value</source>
        <translation>una coma o } después del valor</translation>
    </message>
    <message>
        <source>a colon (:) after the field name</source>
        <translation>dos puntos (:) después del nombre de campo</translation>
    </message>
    <message>
        <source>the file ends before a list is closed: a ] is missing</source>
        <translation>el archivo termina antes de cerrar una lista: falta un ]</translation>
    </message>
    <message>
        <source>a comma or ] after the value</source>
        <translation>una coma o ] después del valor</translation>
    </message>
    <message>
        <source>a comma between the values of the list</source>
        <translation>una coma entre los valores de la lista</translation>
    </message>
    <message>
        <source>{ at the start of the file</source>
        <translation>{ al principio del archivo</translation>
    </message>
    <message>
        <source>the file ends in the middle of a number, or just after one where a closing ] or } should follow</source>
        <translation>el archivo termina en mitad de un número, o justo después de uno donde debería seguir un ] o } de cierre</translation>
    </message>
    <message>
        <source>%1 is not a number JSON can hold: write numbers such as 2, -0.5 or 1e3 (no NaN, infinity or leading +, and at most about 1.8e308)</source>
        <translation>%1 no es un número que JSON pueda contener: escriba números como 2, -0.5 o 1e3 (sin NaN, infinito ni + inicial, y como mucho unos 1.8e308)</translation>
    </message>
    <message>
        <source>a backslash in a string starts an escape JSON does not know (\u needs four hexadecimal digits; write \\ for a backslash)</source>
        <translation>una barra invertida en una cadena inicia un escape que JSON no conoce (\u necesita cuatro dígitos hexadecimales; escriba \\ para una barra invertida)</translation>
    </message>
    <message>
        <source>a string holds bytes that are not UTF-8 text; save the file as UTF-8</source>
        <translation>una cadena contiene bytes que no son texto UTF-8; guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>the file ends inside a string: a closing &quot; is missing</source>
        <translation>el archivo termina dentro de una cadena: falta una &quot; de cierre</translation>
    </message>
    <message>
        <source>%1 after the colon</source>
        <translation>%1 después de los dos puntos</translation>
    </message>
    <message>
        <source>%1 after the comma (JSON allows no comma before a closing } or ])</source>
        <translation>%1 después de la coma (JSON no admite una coma antes de un } o ] de cierre)</translation>
    </message>
    <message>
        <source>lists and objects are nested too deeply</source>
        <translation>las listas y los objetos están anidados a demasiada profundidad</translation>
    </message>
    <message>
        <source>the document is too large to read</source>
        <translation>el documento es demasiado grande para leerlo</translation>
    </message>
    <message>
        <source>found %1 after the end of the document; a file holds one {…} object</source>
        <translation>se encontró %1 después del final del documento; un archivo contiene un solo objeto {…}</translation>
    </message>
    <message>
        <source>is missing; a problem needs &quot;op&quot;, &quot;input&quot; and &quot;kernel&quot; (an upsampling op: &quot;scale&quot; instead of &quot;kernel&quot;)</source>
        <translation>falta; un problema necesita &quot;op&quot;, &quot;input&quot; y &quot;kernel&quot; (una operación de sobremuestreo: &quot;scale&quot; en lugar de &quot;kernel&quot;)</translation>
    </message>
    <message>
        <source>must be an object of languages such as {&quot;de&quot;: {&quot;title&quot;: &quot;…&quot;, &quot;note&quot;: &quot;…&quot;}}, got %1</source>
        <translation>debe ser un objeto de idiomas como {&quot;de&quot;: {&quot;title&quot;: &quot;…&quot;, &quot;note&quot;: &quot;…&quot;}}; se recibió %1</translation>
    </message>
    <message>
        <source>is not a language code such as &quot;de&quot; or &quot;zh_CN&quot;</source>
        <translation>no es un código de idioma como &quot;de&quot; o &quot;zh_CN&quot;</translation>
    </message>
    <message>
        <source>must be an object with a &quot;title&quot; and a &quot;note&quot;, got %1</source>
        <translation>debe ser un objeto con &quot;title&quot; y &quot;note&quot;; se recibió %1</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>debe ser una cadena; se recibió %1</translation>
    </message>
    <message>
        <source>must be &quot;valid&quot;, &quot;same&quot;, an integer or a [rows, cols] pair, got %1</source>
        <translation>debe ser &quot;valid&quot;, &quot;same&quot;, un entero o un par [filas, columnas]; se recibió %1</translation>
    </message>
    <message>
        <source>must be &quot;conv2d&quot;, &quot;conv_transpose2d&quot;, &quot;upsample_nearest&quot;, &quot;upsample_bilinear&quot;, &quot;bed_of_nails&quot; or &quot;max_unpool2d&quot;, got %1%2</source>
        <translation>debe ser &quot;conv2d&quot;, &quot;conv_transpose2d&quot;, &quot;upsample_nearest&quot;, &quot;upsample_bilinear&quot;, &quot;bed_of_nails&quot; o &quot;max_unpool2d&quot;; se recibió %1%2</translation>
    </message>
    <message>
        <source>does not apply to %1, which has no kernel; an upsampling op takes only &quot;input&quot; and &quot;scale&quot; (and &quot;align_corners&quot;)</source>
        <translation>no se aplica a %1, que no tiene kernel; una operación de sobremuestreo solo admite &quot;input&quot; y &quot;scale&quot; (y &quot;align_corners&quot;)</translation>
    </message>
    <message>
        <source>does not apply to %1, which has no kernel; an upsampling op takes only &quot;input&quot; and &quot;scale&quot;</source>
        <translation>no se aplica a %1, que no tiene kernel; una operación de sobremuestreo solo admite &quot;input&quot; y &quot;scale&quot;</translation>
    </message>
    <message>
        <source>does not apply to %1; an upsampling op takes only &quot;input&quot; and &quot;scale&quot; (and &quot;align_corners&quot;)</source>
        <translation>no se aplica a %1; una operación de sobremuestreo solo admite &quot;input&quot; y &quot;scale&quot; (y &quot;align_corners&quot;)</translation>
    </message>
    <message>
        <source>does not apply to %1; an upsampling op takes only &quot;input&quot; and &quot;scale&quot;</source>
        <translation>no se aplica a %1; una operación de sobremuestreo solo admite &quot;input&quot; y &quot;scale&quot;</translation>
    </message>
    <message>
        <source>is missing; %1 needs &quot;scale&quot;: 1 to %2, or [rows, cols]</source>
        <translation>falta; %1 necesita &quot;scale&quot;: de 1 a %2, o [filas, columnas]</translation>
    </message>
    <message>
        <source>applies only to the upsampling ops (upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d), not %1</source>
        <translation>solo se aplica a las operaciones de sobremuestreo (upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d), no a %1</translation>
    </message>
    <message>
        <source>applies only to upsample_bilinear, not %1</source>
        <translation>solo se aplica a upsample_bilinear, no a %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>debe ser true o false; se recibió %1</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>no debe ser negativo; se recibió %1</translation>
    </message>
    <message>
        <source>must be &quot;transposed&quot; or &quot;resize-conv&quot;, got %1%2</source>
        <translation>debe ser &quot;transposed&quot; o &quot;resize-conv&quot;; se recibió %1%2</translation>
    </message>
    <message>
        <source>is missing; a training spec needs &quot;image&quot;, &quot;scale&quot;, &quot;model&quot;, &quot;kernel&quot;, &quot;learning_rate&quot; and &quot;steps&quot;</source>
        <translation>falta; una especificación de entrenamiento necesita &quot;image&quot;, &quot;scale&quot;, &quot;model&quot;, &quot;kernel&quot;, &quot;learning_rate&quot; y &quot;steps&quot;</translation>
    </message>
    <message>
        <source>applies only to the &quot;transposed&quot; model; &quot;resize-conv&quot; pads &apos;same&apos;</source>
        <translation>solo se aplica al modelo &quot;transposed&quot;; &quot;resize-conv&quot; rellena con &apos;same&apos;</translation>
    </message>
    <message>
        <source>must have 1 to %1 channels, got %2</source>
        <translation>debe tener de 1 a %1 canales; se recibieron %2</translation>
    </message>
    <message>
        <source>must have 1 to %1 kernels in a row, got %2</source>
        <translation>debe tener de 1 a %1 kernels por fila; se recibieron %2</translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation>canal %1: %2</translation>
    </message>
    <message>
        <source>kernel [%1, %2]: %3</source>
        <translation>kernel [%1, %2]: %3</translation>
    </message>
    <message>
        <source>must be a 2-D grid [kh][kw] or a 4-D weight (conv2d [C_out][C_in/groups][kh][kw], conv_transpose2d [C_in][C_out/groups][kh][kw])</source>
        <translation>debe ser una cuadrícula 2-D [kh][kw] o un peso 4-D (conv2d [C_out][C_in/groups][kh][kw], conv_transpose2d [C_in][C_out/groups][kh][kw])</translation>
    </message>
    <message>
        <source>must be a 2-D grid [H][W] or a 3-D array [C_in][H][W], got a %1-D array</source>
        <translation>debe ser una cuadrícula 2-D [H][W] o un arreglo 3-D [C_in][H][W]; se recibió un arreglo %1-D</translation>
    </message>
    <message>
        <source>%1, got a %2-D array</source>
        <translation>%1; se recibió un arreglo %2-D</translation>
    </message>
    <message>
        <source>the weight&apos;s first axis must have 1 to %1 channels, got %2</source>
        <translation>el primer eje del peso debe tener de 1 a %1 canales; se recibieron %2</translation>
    </message>
    <message>
        <source>%1; row %2 of the weight is %3</source>
        <translation>%1; la fila %2 del peso es %3</translation>
    </message>
    <message>
        <source>the weight&apos;s rows must hold equally many kernels; row %1 has %2, row 0 has %3</source>
        <translation>las filas del peso deben contener el mismo número de kernels; la fila %1 tiene %2, la fila 0 tiene %3</translation>
    </message>
    <message>
        <source>a list must have 1 to %1 numbers, one per output channel, got %2</source>
        <translation>una lista debe tener de 1 a %1 números, uno por canal de salida; se recibieron %2</translation>
    </message>
    <message>
        <source>must be finite numbers; entry %1 is %2</source>
        <translation>deben ser números finitos; el elemento %1 es %2</translation>
    </message>
    <message>
        <source>holds %1 characters; a %2 may hold at most %3</source>
        <translation>contiene %1 caracteres; un %2 puede contener como mucho %3</translation>
    </message>
    <message>
        <source>cannot be convolved with the kernel: %1</source>
        <translation>no se puede convolucionar con el kernel: %1</translation>
    </message>
    <message>
        <source>its convolution with the kernel is %1, but the input is %2</source>
        <translation>su convolución con el kernel es de %1, pero la entrada es de %2</translation>
    </message>
    <message>
        <source>its convolution with the kernel gives %1 at row %2, column %3, where the input has %4</source>
        <translation>su convolución con el kernel da %1 en la fila %2, columna %3, donde la entrada tiene %4</translation>
    </message>
    <message>
        <source>must be &quot;direct&quot;, &quot;zero-insertion&quot;, &quot;matrix&quot;, &quot;backward-input&quot; or &quot;backward-kernel&quot;, got %1%2</source>
        <translation>debe ser &quot;direct&quot;, &quot;zero-insertion&quot;, &quot;matrix&quot;, &quot;backward-input&quot; o &quot;backward-kernel&quot;; se recibió %1%2</translation>
    </message>
    <message>
        <source>applies only to conv2d and conv_transpose2d: %1 has no kernel to differentiate</source>
        <translation>solo se aplica a conv2d y conv_transpose2d: %1 no tiene kernel que derivar</translation>
    </message>
    <message>
        <source>applies only to conv_transpose2d, not %1</source>
        <translation>solo se aplica a conv_transpose2d, no a %1</translation>
    </message>
    <message>
        <source>applies only to a problem of one channel in and one out</source>
        <translation>solo se aplica a un problema de un canal de entrada y uno de salida</translation>
    </message>
    <message>
        <source>belongs inside the lessons of the sequence; a file holds one problem or a &quot;sequence&quot; of them, not both</source>
        <translation>va dentro de las lecciones de la secuencia; un archivo contiene un problema o una &quot;sequence&quot; de ellos, no ambas cosas</translation>
    </message>
    <message>
        <source>must be a non-empty list of lessons, got %1</source>
        <translation>debe ser una lista no vacía de lecciones; se recibió %1</translation>
    </message>
    <message>
        <source>holds %1 lessons; a sequence may hold at most %2</source>
        <translation>contiene %1 lecciones; una secuencia puede contener como mucho %2</translation>
    </message>
    <message>
        <source>must be a lesson object, got %1</source>
        <translation>debe ser un objeto de lección; se recibió %1</translation>
    </message>
    <message>
        <source>a lesson of a sequence cannot hold a sequence itself</source>
        <translation>una lección de una secuencia no puede contener a su vez una secuencia</translation>
    </message>
</context>
<context>
    <name>LearnUpsampleLab</name>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>x[%1] = input %2 = %3</source>
        <translation>x[%1] = entrada %2 = %3</translation>
    </message>
    <message>
        <source>y[%1] = output %2 = %3</source>
        <translation>y[%1] = salida %2 = %3</translation>
    </message>
    <message>
        <source>0: input %1 is outside the window of output %2</source>
        <translation>0: la entrada %1 está fuera de la ventana de la salida %2</translation>
    </message>
    <message>
        <source>%1, kernel %2
output %3 += kernel %2 · input %4 = %1 · %5</source>
        <translation>%1, kernel %2
salida %3 += kernel %2 · entrada %4 = %1 · %5</translation>
    </message>
    <message>
        <source>0: output %2 does not read input %1</source>
        <translation>0: la salida %2 no lee la entrada %1</translation>
    </message>
    <message>
        <source>%1, a fixed weight (nothing learns it)
output %2 += %1 · input %3 = %1 · %4</source>
        <translation>%1, un peso fijo (nada lo aprende)
salida %2 += %1 · entrada %3 = %1 · %4</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>salida %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>0: input channel %1 is not in the group of output channel %2</source>
        <translation>0: el canal de entrada %1 no está en el grupo del canal de salida %2</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>Padding zeros are not inputs: drop the gradient that landed on them, %1 from the top, %2 from the bottom, %3 from the left and %4 from the right, leaving ∂L/∂x, %5.</source>
        <translation>Los ceros del relleno no son entradas: se descarta el gradiente que cayó sobre ellos, %1 por arriba, %2 por abajo, %3 por la izquierda y %4 por la derecha, y queda ∂L/∂x, %5.</translation>
    </message>
    <message>
        <source>Multiply ∂L/∂y %1 = %2 by every kernel weight and add the products into rows %3, columns %4 of the gradient of the padded input (%5): the cells this output&apos;s window read.</source>
        <translation>Se multiplica ∂L/∂y %1 = %2 por cada peso del kernel y se suman los productos en las filas %3, columnas %4 del gradiente de la entrada rellenada (%5): las celdas que leyó la ventana de esta salida.</translation>
    </message>
    <message>
        <source>Multiply ∂L/∂y %1 = %2 by every kernel weight and add the products into rows %3, columns %4 of ∂L/∂x: the cells this output&apos;s window read.</source>
        <translation>Se multiplica ∂L/∂y %1 = %2 por cada peso del kernel y se suman los productos en las filas %3, columnas %4 de ∂L/∂x: las celdas que leyó la ventana de esta salida.</translation>
    </message>
    <message>
        <source>Backward through conv2d, ∂L/∂x = Cᵀ·∂L/∂y: the transposed convolution of ∂L/∂y with the same kernel, scatter and sum.</source>
        <translation>Pasada hacia atrás por conv2d, ∂L/∂x = Cᵀ·∂L/∂y: la convolución transpuesta de ∂L/∂y con el mismo kernel; dispersar y sumar.</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of ∂L/∂y&apos;s canvas, where input %3 scattered to, multiply each pair and add them: ∂L/∂x %3 = %4.</source>
        <translation>Se coloca el kernel sobre las filas %1, columnas %2 del lienzo de ∂L/∂y, adonde se dispersó la entrada %3, se multiplica cada par y se suman: ∂L/∂x %3 = %4.</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of ∂L/∂y, where input %3 scattered to, multiply each pair and add them: ∂L/∂x %3 = %4.</source>
        <translation>Se coloca el kernel sobre las filas %1, columnas %2 de ∂L/∂y, adonde se dispersó la entrada %3, se multiplica cada par y se suman: ∂L/∂x %3 = %4.</translation>
    </message>
    <message>
        <source>Backward through conv_transpose2d, ∂L/∂x = C·∂L/∂y: an ordinary convolution of ∂L/∂y with the same kernel, stride and dilation.</source>
        <translation>Pasada hacia atrás por conv_transpose2d, ∂L/∂x = C·∂L/∂y: una convolución ordinaria de ∂L/∂y con el mismo kernel, paso (stride) y dilatación.</translation>
    </message>
    <message>
        <source>Kernel element %1 met the padded input at rows %2, columns %3 (one cell per output): multiply each by ∂L/∂y of its output and add them: ∂L/∂W %1 = %4.</source>
        <translation>El elemento %1 del kernel se encontró con la entrada rellenada en las filas %2, columnas %3 (una celda por salida): se multiplica cada una por el ∂L/∂y de su salida y se suman: ∂L/∂W %1 = %4.</translation>
    </message>
    <message>
        <source>Kernel element %1 met the input at rows %2, columns %3 (one cell per output): multiply each by ∂L/∂y of its output and add them: ∂L/∂W %1 = %4.</source>
        <translation>El elemento %1 del kernel se encontró con la entrada en las filas %2, columnas %3 (una celda por salida): se multiplica cada una por el ∂L/∂y de su salida y se suman: ∂L/∂W %1 = %4.</translation>
    </message>
    <message>
        <source>∂L/∂W is the input correlated with ∂L/∂y: each weight&apos;s gradient adds, over every output, the input value it multiplied times that output&apos;s gradient.</source>
        <translation>∂L/∂W es la correlación cruzada de la entrada con ∂L/∂y: el gradiente de cada peso suma, sobre todas las salidas, el valor de entrada que multiplicó por el gradiente de esa salida.</translation>
    </message>
    <message>
        <source>Kernel element %1 carried the inputs to rows %2, columns %3 of ∂L/∂y&apos;s canvas: multiply each ∂L/∂y there by its input and add them: ∂L/∂W %1 = %4.</source>
        <translation>El elemento %1 del kernel llevó las entradas a las filas %2, columnas %3 del lienzo de ∂L/∂y: se multiplica cada ∂L/∂y de ahí por su entrada y se suman: ∂L/∂W %1 = %4.</translation>
    </message>
    <message>
        <source>Kernel element %1 carried the inputs to rows %2, columns %3 of ∂L/∂y: multiply each ∂L/∂y there by its input and add them: ∂L/∂W %1 = %4.</source>
        <translation>El elemento %1 del kernel llevó las entradas a las filas %2, columnas %3 de ∂L/∂y: se multiplica cada ∂L/∂y de ahí por su entrada y se suman: ∂L/∂W %1 = %4.</translation>
    </message>
    <message>
        <source>∂L/∂W correlates ∂L/∂y with the input: each weight&apos;s gradient adds, over every input cell, the input value times ∂L/∂y where the weight carried it.</source>
        <translation>∂L/∂W es la correlación cruzada de ∂L/∂y con la entrada: el gradiente de cada peso suma, sobre todas las celdas de entrada, el valor de entrada por el ∂L/∂y adonde el peso lo llevó.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of Cᵀ (column %1 of C) has %n non-zeros; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</source>
        <comment>Row %1 of Cᵀ (column %1 of C) has %n non-zero; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</comment>
        <translation>
            <numerusform>La fila %1 de Cᵀ (columna %1 de C) tiene %n elemento no nulo; su producto escalar con la entrada aplanada, más el sesgo %4, da la salida %2 = %3.</numerusform>
            <numerusform>La fila %1 de Cᵀ (columna %1 de C) tiene %n elementos no nulos; su producto escalar con la entrada aplanada, más el sesgo %4, da la salida %2 = %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of Cᵀ (column %1 of C) has %n non-zeros; its dot product with the flattened input gives output %2 = %3.</source>
        <comment>Row %1 of Cᵀ (column %1 of C) has %n non-zero; its dot product with the flattened input gives output %2 = %3.</comment>
        <translation>
            <numerusform>La fila %1 de Cᵀ (columna %1 de C) tiene %n elemento no nulo; su producto escalar con la entrada aplanada da la salida %2 = %3.</numerusform>
            <numerusform>La fila %1 de Cᵀ (columna %1 de C) tiene %n elementos no nulos; su producto escalar con la entrada aplanada da la salida %2 = %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of C has %n non-zeros; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</source>
        <comment>Row %1 of C has %n non-zero; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</comment>
        <translation>
            <numerusform>La fila %1 de C tiene %n elemento no nulo; su producto escalar con la entrada aplanada, más el sesgo %4, da la salida %2 = %3.</numerusform>
            <numerusform>La fila %1 de C tiene %n elementos no nulos; su producto escalar con la entrada aplanada, más el sesgo %4, da la salida %2 = %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of C has %n non-zeros; its dot product with the flattened input gives output %2 = %3.</source>
        <comment>Row %1 of C has %n non-zero; its dot product with the flattened input gives output %2 = %3.</comment>
        <translation>
            <numerusform>La fila %1 de C tiene %n elemento no nulo; su producto escalar con la entrada aplanada da la salida %2 = %3.</numerusform>
            <numerusform>La fila %1 de C tiene %n elementos no nulos; su producto escalar con la entrada aplanada da la salida %2 = %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;same&apos; padding</source>
        <translation>relleno &apos;same&apos;</translation>
    </message>
    <message>
        <source>the output size</source>
        <translation>el tamaño de salida</translation>
    </message>
    <message>
        <source>Crop for %1: remove %2 from the top, %3 from the bottom, %4 from the left and %5 from the right (the odd one comes off the bottom/right), leaving %6.</source>
        <translation>Recorte para %1: se quitan %2 por arriba, %3 por abajo, %4 por la izquierda y %5 por la derecha (el impar sale por abajo/derecha), y queda %6.</translation>
    </message>
    <message>
        <source>Crop for %1: remove %2 from the top, %3 from the bottom, %4 from the left and %5 from the right, leaving %6.</source>
        <translation>Recorte para %1: se quitan %2 por arriba, %3 por abajo, %4 por la izquierda y %5 por la derecha, y queda %6.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 at the bottom and %2 at the right</source>
        <translation>%1 abajo y %2 a la derecha</translation>
    </message>
    <message>
        <source>%1 at the bottom</source>
        <translation>%1 abajo</translation>
    </message>
    <message>
        <source>%1 at the right</source>
        <translation>%1 a la derecha</translation>
    </message>
    <message>
        <source>output_padding adds %1, making the output %2</source>
        <translation>output_padding añade %1, y la salida queda de %2</translation>
    </message>
    <message>
        <source>Keras makes the output input × stride: add %1, making the output %2</source>
        <translation>Keras hace que la salida sea entrada × paso: se añade %1, y la salida queda de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; they take back canvas values the crop removed.</source>
        <comment>%1; it takes back canvas values the crop removed.</comment>
        <translation>
            <numerusform>%1; recupera valores del lienzo que el recorte quitó.</numerusform>
            <numerusform>%1; recuperan valores del lienzo que el recorte quitó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the canvas has nothing there, so they hold zeros.</source>
        <comment>%1; the canvas has nothing there, so it holds zeros.</comment>
        <translation>
            <numerusform>%1; el lienzo no tiene nada ahí, así que contiene ceros.</numerusform>
            <numerusform>%1; el lienzo no tiene nada ahí, así que contienen ceros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 take back canvas values the crop removed</source>
        <comment>%1 takes back canvas values the crop removed</comment>
        <translation>
            <numerusform>%1 recupera valores del lienzo que el recorte quitó</numerusform>
            <numerusform>%1 recuperan valores del lienzo que el recorte quitó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lie past the canvas and hold zeros</source>
        <comment>%1 lies past the canvas and holds zeros</comment>
        <translation>
            <numerusform>%1 queda fuera del lienzo y contiene ceros</numerusform>
            <numerusform>%1 quedan fuera del lienzo y contienen ceros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2, and %3.</source>
        <translation>%1; %2, y %3.</translation>
    </message>
    <message>
        <source>Add the bias %1 to each of the %2 output cells.</source>
        <translation>Se suma el sesgo %1 a cada una de las %2 celdas de salida.</translation>
    </message>
    <message>
        <source>Multiply input %1 = %2 by every kernel weight and add the products into rows %3, columns %4 of the %5 canvas.</source>
        <translation>Se multiplica la entrada %1 = %2 por cada peso del kernel y se suman los productos en las filas %3, columnas %4 del lienzo de %5.</translation>
    </message>
    <message>
        <source>Pad the %1 input with zeros: %2 above and below, %3 left and right, making it %4.</source>
        <translation>Se rellena con ceros la entrada de %1: %2 arriba y abajo, %3 a izquierda y derecha, y queda de %4.</translation>
    </message>
    <message>
        <source>Pad the %1 input with zeros: %2 above, %3 below, %4 left and %5 right (the odd extra zero goes after), making it %6.</source>
        <translation>Se rellena con ceros la entrada de %1: %2 arriba, %3 abajo, %4 a la izquierda y %5 a la derecha (el cero impar sobrante va después), y queda de %6.</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the padded input, multiply each pair and add them and the bias %5: output %3 = %4.</source>
        <translation>Se coloca el kernel sobre las filas %1, columnas %2 de la entrada rellenada, se multiplica cada par y se suman junto con el sesgo %5: salida %3 = %4.</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the padded input, multiply each pair and add them: output %3 = %4.</source>
        <translation>Se coloca el kernel sobre las filas %1, columnas %2 de la entrada rellenada, se multiplica cada par y se suman: salida %3 = %4.</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the input, multiply each pair and add them and the bias %5: output %3 = %4.</source>
        <translation>Se coloca el kernel sobre las filas %1, columnas %2 de la entrada, se multiplica cada par y se suman junto con el sesgo %5: salida %3 = %4.</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the input, multiply each pair and add them: output %3 = %4.</source>
        <translation>Se coloca el kernel sobre las filas %1, columnas %2 de la entrada, se multiplica cada par y se suman: salida %3 = %4.</translation>
    </message>
    <message>
        <source>rows %1, columns %2</source>
        <translation>filas %1, columnas %2</translation>
    </message>
    <message numerus="yes">
        <source>Place input %1 = %2 at output %3, the top-left of its block (%4); the other %n cells of its %5 block stay 0.</source>
        <comment>Place input %1 = %2 at output %3, the top-left of its block (%4); the other %n cell of its %5 block stay 0.</comment>
        <translation>
            <numerusform>Se coloca la entrada %1 = %2 en la salida %3, la esquina superior izquierda de su bloque (%4); la otra %n celda de su bloque de %5 queda a 0.</numerusform>
            <numerusform>Se coloca la entrada %1 = %2 en la salida %3, la esquina superior izquierda de su bloque (%4); las otras %n celdas de su bloque de %5 quedan a 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Place input %1 = %2 at output %3.</source>
        <translation>Se coloca la entrada %1 = %2 en la salida %3.</translation>
    </message>
    <message numerus="yes">
        <source>Copy input %1 = %2 into output %3: it is the nearest input of each of those %n cells.</source>
        <comment>Copy input %1 = %2 into output %3: it is the nearest input of each of those %n cell.</comment>
        <translation>
            <numerusform>Se copia la entrada %1 = %2 en la salida %3: es la entrada más cercana de esa %n celda.</numerusform>
            <numerusform>Se copia la entrada %1 = %2 en la salida %3: es la entrada más cercana de cada una de esas %n celdas.</numerusform>
        </translation>
    </message>
    <message>
        <source>half-pixel centres: (o + 0.5)/s − 0.5, at least 0</source>
        <translation>centros de medio píxel: (o + 0.5)/s − 0.5, como mínimo 0</translation>
    </message>
    <message>
        <source>Output %1 samples the input at row %2, column %3 (%4)</source>
        <translation>La salida %1 muestrea la entrada en la fila %2, columna %3 (%4)</translation>
    </message>
    <message>
        <source>%1; it lands on input %2 and copies it: output %3 = %4.</source>
        <translation>%1; cae sobre la entrada %2 y la copia: salida %3 = %4.</translation>
    </message>
    <message>
        <source>%1; it blends the %2 inputs around that point, each weighted by its closeness: output %3 = %4.</source>
        <translation>%1; mezcla las %2 entradas que rodean ese punto, cada una ponderada por su cercanía: salida %3 = %4.</translation>
    </message>
    <message>
        <source>%1 and the last %2</source>
        <translation>%1 y las últimas %2</translation>
    </message>
    <message>
        <source>max_pool2d leaves out the input&apos;s last %1: no whole block fits there.</source>
        <translation>max_pool2d deja fuera las últimas %1 de la entrada: ahí no cabe un bloque entero.</translation>
    </message>
    <message numerus="yes">
        <source>Pool input %1: the largest of its %n values is %2 at input %3 (the first of equal maxima in row-major order); pooled %4 = %2 remembers that position.</source>
        <comment>Pool input %1: the largest of its %n value is %2 at input %3 (the first of equal maxima in row-major order); pooled %4 = %2 remembers that position.</comment>
        <translation>
            <numerusform>Agrupación de la entrada %1: el mayor de sus %n valor es %2 en la entrada %3 (el primero de los máximos iguales en orden por filas); el agrupado %4 = %2 recuerda esa posición.</numerusform>
            <numerusform>Agrupación de la entrada %1: el mayor de sus %n valores es %2 en la entrada %3 (el primero de los máximos iguales en orden por filas); el agrupado %4 = %2 recuerda esa posición.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pool input %1: the largest of its %n values is %2 at input %3; pooled %4 = %2 remembers that position.</source>
        <comment>Pool input %1: the largest of its %n value is %2 at input %3; pooled %4 = %2 remembers that position.</comment>
        <translation>
            <numerusform>Agrupación de la entrada %1: el mayor de sus %n valor es %2 en la entrada %3; el agrupado %4 = %2 recuerda esa posición.</numerusform>
            <numerusform>Agrupación de la entrada %1: el mayor de sus %n valores es %2 en la entrada %3; el agrupado %4 = %2 recuerda esa posición.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpool pooled %1 = %2 back to output %3, where its maximum came from; the other %n cells of its %4 block (%5) get 0.</source>
        <comment>Unpool pooled %1 = %2 back to output %3, where its maximum came from; the other %n cell of its %4 block (%5) get 0.</comment>
        <translation>
            <numerusform>Se desagrupa el agrupado %1 = %2 de vuelta a la salida %3, de donde vino su máximo; la otra %n celda de su bloque de %4 (%5) recibe 0.</numerusform>
            <numerusform>Se desagrupa el agrupado %1 = %2 de vuelta a la salida %3, de donde vino su máximo; las otras %n celdas de su bloque de %4 (%5) reciben 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpool pooled %1 = %2 back to output %3, where its maximum came from.</source>
        <translation>Se desagrupa el agrupado %1 = %2 de vuelta a la salida %3, de donde vino su máximo.</translation>
    </message>
    <message>
        <source>Put ∂L/∂y (%1) back where the forward pass wrote the output, on the %2 scatter canvas, with zeros where the crop cut it (%3 above, %4 below, %5 on the left, %6 on the right): those cells never reached the output, so their gradient is 0.</source>
        <translation>Se devuelve ∂L/∂y (%1) adonde la pasada hacia adelante escribió la salida, sobre el lienzo de dispersión de %2, con ceros donde lo cortó el recorte (%3 arriba, %4 abajo, %5 a la izquierda, %6 a la derecha): esas celdas nunca llegaron a la salida, así que su gradiente es 0.</translation>
    </message>
    <message>
        <source>The last %1 and %2 of ∂L/∂y lie past the scattered canvas: no input reached them, so they pass no gradient back.</source>
        <translation>Las últimas %1 y %2 de ∂L/∂y quedan fuera del lienzo dispersado: ninguna entrada llegó a ellas, así que no devuelven gradiente.</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n zeros between neighbouring rows and %1 between neighbouring columns (stride − 1), turning the %2 input into %3.</source>
        <comment>Insert %n zero between neighbouring rows and %1 between neighbouring columns (stride − 1), turning the %2 input into %3.</comment>
        <translation>
            <numerusform>Se inserta %n cero entre filas vecinas y %1 entre columnas vecinas (paso − 1), y la entrada de %2 pasa a ser de %3.</numerusform>
            <numerusform>Se insertan %n ceros entre filas vecinas y %1 entre columnas vecinas (paso − 1), y la entrada de %2 pasa a ser de %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>d(k−1) − padding per side</source>
        <translation>d(k−1) − relleno por lado</translation>
    </message>
    <message>
        <source>d(k−1) minus the &apos;same&apos; crop, whose odd part is at the bottom/right</source>
        <translation>d(k−1) menos el recorte &apos;same&apos;, cuya parte impar está abajo/a la derecha</translation>
    </message>
    <message>
        <source>d(k−1) minus the &apos;same&apos; crop</source>
        <translation>d(k−1) menos el recorte &apos;same&apos;</translation>
    </message>
    <message>
        <source>d(k−1) per side</source>
        <translation>d(k−1) por lado</translation>
    </message>
    <message>
        <source>%1, plus output_padding at the bottom/right</source>
        <translation>%1, más output_padding abajo/a la derecha</translation>
    </message>
    <message>
        <source>%1, plus the zeros Keras&apos;s output size adds at the bottom/right</source>
        <translation>%1, más los ceros que el tamaño de salida de Keras añade abajo/a la derecha</translation>
    </message>
    <message>
        <source>Pad with zeros: %1, %2, %3 and %4 (%5), making it %6.</source>
        <translation>Se rellena con ceros: %1, %2, %3 y %4 (%5), y queda de %6.</translation>
    </message>
    <message>
        <source>add %1 above</source>
        <translation>añadir %1 arriba</translation>
    </message>
    <message>
        <source>remove %1 above</source>
        <translation>quitar %1 arriba</translation>
    </message>
    <message>
        <source>add %1 below</source>
        <translation>añadir %1 abajo</translation>
    </message>
    <message>
        <source>remove %1 below</source>
        <translation>quitar %1 abajo</translation>
    </message>
    <message>
        <source>add %1 on the left</source>
        <translation>añadir %1 a la izquierda</translation>
    </message>
    <message>
        <source>remove %1 on the left</source>
        <translation>quitar %1 a la izquierda</translation>
    </message>
    <message>
        <source>add %1 on the right</source>
        <translation>añadir %1 a la derecha</translation>
    </message>
    <message>
        <source>remove %1 on the right</source>
        <translation>quitar %1 a la derecha</translation>
    </message>
    <message>
        <source>Rotate the kernel by 180° (flip it top to bottom and left to right): the transposed convolution is now an ordinary stride-1 convolution with it.</source>
        <translation>Se gira el kernel 180° (se voltea de arriba abajo y de izquierda a derecha): la convolución transpuesta es ahora una convolución ordinaria de paso 1 con él.</translation>
    </message>
    <message>
        <source>Place the rotated kernel on rows %1, columns %2 and add the products and the bias %5: output %3 = %4.</source>
        <translation>Se coloca el kernel girado sobre las filas %1, columnas %2 y se suman los productos y el sesgo %5: salida %3 = %4.</translation>
    </message>
    <message>
        <source>Place the rotated kernel on rows %1, columns %2 and add the products: output %3 = %4.</source>
        <translation>Se coloca el kernel girado sobre las filas %1, columnas %2 y se suman los productos: salida %3 = %4.</translation>
    </message>
    <message numerus="yes">
        <source>input channels %1</source>
        <comment>input channel %1</comment>
        <translation>
            <numerusform>canal de entrada %1</numerusform>
            <numerusform>canales de entrada %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>output channels %1</source>
        <comment>output channel %1</comment>
        <translation>
            <numerusform>canal de salida %1</numerusform>
            <numerusform>canales de salida %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>padded input channels %1</source>
        <comment>padded input channel %1</comment>
        <translation>
            <numerusform>canal de entrada rellenado %1</numerusform>
            <numerusform>canales de entrada rellenados %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>zero-inserted input channels %1</source>
        <comment>zero-inserted input channel %1</comment>
        <translation>
            <numerusform>canal de entrada con ceros insertados %1</numerusform>
            <numerusform>canales de entrada con ceros insertados %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kernels %1</source>
        <comment>kernel %1</comment>
        <translation>
            <numerusform>kernel %1</numerusform>
            <numerusform>kernels %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (group %1)</source>
        <translation> (grupo %1)</translation>
    </message>
    <message>
        <source>Cᵀ (column %1 of C)</source>
        <translation>Cᵀ (columna %1 de C)</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zeros with the flattened input, plus the bias %8, gives output %6 = %7.</source>
        <comment>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zero with the flattened input, plus the bias %8, gives output %6 = %7.</comment>
        <translation>
            <numerusform>La fila %1 de %2 contiene %3 frente a %4%5: el producto escalar de su %n elemento no nulo con la entrada aplanada, más el sesgo %8, da la salida %6 = %7.</numerusform>
            <numerusform>La fila %1 de %2 contiene %3 frente a %4%5: el producto escalar de sus %n elementos no nulos con la entrada aplanada, más el sesgo %8, da la salida %6 = %7.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zeros with the flattened input gives output %6 = %7.</source>
        <comment>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zero with the flattened input gives output %6 = %7.</comment>
        <translation>
            <numerusform>La fila %1 de %2 contiene %3 frente a %4%5: el producto escalar de su %n elemento no nulo con la entrada aplanada da la salida %6 = %7.</numerusform>
            <numerusform>La fila %1 de %2 contiene %3 frente a %4%5: el producto escalar de sus %n elementos no nulos con la entrada aplanada da la salida %6 = %7.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products and the bias %9: output %7 = %8.</source>
        <comment>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product and the bias %9: output %7 = %8.</comment>
        <translation>
            <numerusform>Canal de salida %1%2: se coloca el %3 girado sobre las filas %4, columnas %5 de %6, se multiplica cada par y se suman el %n producto y el sesgo %9: salida %7 = %8.</numerusform>
            <numerusform>Canal de salida %1%2: se coloca el %3 girado sobre las filas %4, columnas %5 de %6, se multiplica cada par y se suman los %n productos y el sesgo %9: salida %7 = %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products: output %7 = %8.</source>
        <comment>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product: output %7 = %8.</comment>
        <translation>
            <numerusform>Canal de salida %1%2: se coloca el %3 girado sobre las filas %4, columnas %5 de %6, se multiplica cada par y se suma el %n producto: salida %7 = %8.</numerusform>
            <numerusform>Canal de salida %1%2: se coloca el %3 girado sobre las filas %4, columnas %5 de %6, se multiplica cada par y se suman los %n productos: salida %7 = %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products and the bias %9: output %7 = %8.</source>
        <comment>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product and the bias %9: output %7 = %8.</comment>
        <translation>
            <numerusform>Canal de salida %1%2: se coloca el %3 sobre las filas %4, columnas %5 de %6, se multiplica cada par y se suman el %n producto y el sesgo %9: salida %7 = %8.</numerusform>
            <numerusform>Canal de salida %1%2: se coloca el %3 sobre las filas %4, columnas %5 de %6, se multiplica cada par y se suman los %n productos y el sesgo %9: salida %7 = %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products: output %7 = %8.</source>
        <comment>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product: output %7 = %8.</comment>
        <translation>
            <numerusform>Canal de salida %1%2: se coloca el %3 sobre las filas %4, columnas %5 de %6, se multiplica cada par y se suma el %n producto: salida %7 = %8.</numerusform>
            <numerusform>Canal de salida %1%2: se coloca el %3 sobre las filas %4, columnas %5 de %6, se multiplica cada par y se suman los %n productos: salida %7 = %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>Multiply input %1 = %2 by every weight of %3 and add the products into rows %4, columns %5 of the %6 canvas of %7.</source>
        <translation>Se multiplica la entrada %1 = %2 por cada peso de %3 y se suman los productos en las filas %4, columnas %5 del lienzo de %6 de %7.</translation>
    </message>
    <message numerus="yes">
        <source>Add the bias %1 to each of the %n output channels&apos; %2 cells.</source>
        <comment>Add the bias %1 to each of the %n output channel&apos;s %2 cells.</comment>
        <translation>
            <numerusform>Se suma el sesgo %1 a las %2 celdas del %n canal de salida.</numerusform>
            <numerusform>Se suma el sesgo %1 a las %2 celdas de cada uno de los %n canales de salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add each output channel&apos;s bias to its %1 cells: %2.</source>
        <translation>Se suma el sesgo de cada canal de salida a sus %1 celdas: %2.</translation>
    </message>
    <message numerus="yes">
        <source>In each of the %n kernels: %1</source>
        <comment>In each of the %n kernel: %1</comment>
        <translation>
            <numerusform>En el %n kernel: %1</numerusform>
            <numerusform>En cada uno de los %n kernels: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In each of the %n output channels: %1</source>
        <comment>In each of the %n output channel: %1</comment>
        <translation>
            <numerusform>En el %n canal de salida: %1</numerusform>
            <numerusform>En cada uno de los %n canales de salida: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In each of the %n input channels: %1</source>
        <comment>In each of the %n input channel: %1</comment>
        <translation>
            <numerusform>En el %n canal de entrada: %1</numerusform>
            <numerusform>En cada uno de los %n canales de entrada: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nearest-neighbour upsampling</source>
        <translation>sobremuestreo por vecino más cercano</translation>
    </message>
    <message>
        <source>bilinear upsampling</source>
        <translation>sobremuestreo bilineal</translation>
    </message>
    <message>
        <source>bed of nails</source>
        <translation>cama de clavos (bed of nails)</translation>
    </message>
    <message>
        <source>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), is all zeros: the output cell is not the top-left of its block, so output %3 = %4.</source>
        <translation>La fila %1 de U, la matriz de %2 (pesos fijos: nada en ella se aprende), es toda ceros: la celda de salida no es la esquina superior izquierda de su bloque, así que salida %3 = %4.</translation>
    </message>
    <message>
        <source>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), has a single %5 at input %6: output %3 = %4.</source>
        <translation>La fila %1 de U, la matriz de %2 (pesos fijos: nada en ella se aprende), tiene un único %5 en la entrada %6: salida %3 = %4.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), has %n weights adding up to 1; its dot product with the flattened input gives output %3 = %4.</source>
        <comment>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), has %n weight adding up to 1; its dot product with the flattened input gives output %3 = %4.</comment>
        <translation>
            <numerusform>La fila %1 de U, la matriz de %2 (pesos fijos: nada en ella se aprende), tiene %n peso que suma 1; su producto escalar con la entrada aplanada da la salida %3 = %4.</numerusform>
            <numerusform>La fila %1 de U, la matriz de %2 (pesos fijos: nada en ella se aprende), tiene %n pesos que suman 1; su producto escalar con la entrada aplanada da la salida %3 = %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overlap</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>k = %1 with dilation %2 and s = %3</source>
        <translation>k = %1 con dilatación %2 y s = %3</translation>
    </message>
    <message>
        <source>k = %1 is divisible by s = %2</source>
        <translation>k = %1 es divisible por s = %2</translation>
    </message>
    <message>
        <source>k = %1 is not divisible by s = %2</source>
        <translation>k = %1 no es divisible por s = %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: every interior output cell receives %n contributions along each axis (%2 in all). The overlap is even, so a constant kernel leaves no checkerboard.</source>
        <comment>%1: every interior output cell receives %n contribution along each axis (%2 in all). The overlap is even, so a constant kernel leaves no checkerboard.</comment>
        <translation>
            <numerusform>%1: cada celda de salida interior recibe %n contribución en cada eje (%2 en total). El solapamiento es uniforme, así que un kernel constante no deja tablero de ajedrez.</numerusform>
            <numerusform>%1: cada celda de salida interior recibe %n contribuciones en cada eje (%2 en total). El solapamiento es uniforme, así que un kernel constante no deja tablero de ajedrez.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the kernel is shorter than the stride, so interior cells get %2 contributions along each axis: some receive nothing, leaving a grid of holes.</source>
        <translation>%1: el kernel es más corto que el paso (stride), así que las celdas interiores reciben %2 contribuciones en cada eje: algunas no reciben nada y queda una cuadrícula de huecos.</translation>
    </message>
    <message>
        <source>%1: interior output cells alternate between %2 contributions along each axis (%3 to %4 in all). The overlap is uneven, which prints a checkerboard even with a constant kernel.</source>
        <translation>%1: las celdas de salida interiores alternan entre %2 contribuciones en cada eje (de %3 a %4 en total). El solapamiento es desigual, lo que imprime un tablero de ajedrez incluso con un kernel constante.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>pad</source>
        <translation>rellenar</translation>
    </message>
    <message>
        <source>insert zeros</source>
        <translation>insertar ceros</translation>
    </message>
    <message>
        <source>rotate kernel</source>
        <translation>girar kernel</translation>
    </message>
    <message>
        <source>slide</source>
        <translation>deslizar</translation>
    </message>
    <message>
        <source>scatter</source>
        <translation>dispersar</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>recortar</translation>
    </message>
    <message>
        <source>output padding</source>
        <translation>relleno de salida</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>sesgo</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copiar</translation>
    </message>
    <message>
        <source>interpolate</source>
        <translation>interpolar</translation>
    </message>
    <message>
        <source>place</source>
        <translation>colocar</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>agrupar</translation>
    </message>
    <message>
        <source>unpool</source>
        <translation>desagrupar</translation>
    </message>
    <message>
        <source>zeros</source>
        <comment>short for: insert zeros</comment>
        <translation>ceros</translation>
    </message>
    <message>
        <source>rotate</source>
        <comment>short for: rotate kernel</comment>
        <translation>girar</translation>
    </message>
    <message>
        <source>out pad</source>
        <comment>short for: output padding</comment>
        <translation>rell. sal.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 has no kernel to differentiate</source>
        <translation>%1 no tiene kernel que derivar</translation>
    </message>
    <message>
        <source>must be shaped like the output, %1, got %2</source>
        <translation>debe tener la forma de la salida, %1; se recibió %2</translation>
    </message>
    <message>
        <source>values must be finite numbers; row %1, column %2 is not</source>
        <translation>los valores deben ser números finitos; la fila %1, columna %2 no lo es</translation>
    </message>
    <message>
        <source>values are too large: the gradient could exceed the largest double-precision number</source>
        <translation>los valores son demasiado grandes: el gradiente podría superar el mayor número de doble precisión</translation>
    </message>
    <message>
        <source>%1 has only the direct view, not %2</source>
        <translation>%1 solo tiene la vista directa, no %2</translation>
    </message>
    <message>
        <source>the transposed model makes a %1 output, not the image&apos;s %2 (kernel %3, scale %4); padding %5 with output_padding %6 would fit</source>
        <translation>el modelo transpuesto da una salida de %1, no la de la imagen, %2 (kernel %3, escala %4); encajaría relleno %5 con output_padding %6</translation>
    </message>
    <message>
        <source>must be a finite number, 0 or more, got %1</source>
        <translation>debe ser un número finito, 0 o mayor; se recibió %1</translation>
    </message>
    <message>
        <source>must be %1 to %2, got %3</source>
        <translation>debe estar entre %1 y %2; se recibió %3</translation>
    </message>
    <message>
        <source>must have 1 to %1 rows and columns, got %2</source>
        <translation>debe tener de 1 a %1 filas y columnas; se recibió %2</translation>
    </message>
    <message>
        <source>rows and columns must be multiples of the scale %1, got %2</source>
        <translation>las filas y las columnas deben ser múltiplos de la escala %1; se recibió %2</translation>
    </message>
    <message>
        <source>values must be finite numbers</source>
        <translation>los valores deben ser números finitos</translation>
    </message>
    <message>
        <source>must be 1 to %1, got %2</source>
        <translation>debe estar entre 1 y %1; se recibió %2</translation>
    </message>
    <message>
        <source>applies only to the transposed model; resize-conv pads &apos;same&apos;</source>
        <translation>solo se aplica al modelo transpuesto; resize-conv rellena con &apos;same&apos;</translation>
    </message>
    <message>
        <source>must have 1 to %1 rows, got %2</source>
        <translation>debe tener de 1 a %1 filas; se recibieron %2</translation>
    </message>
    <message>
        <source>must have 1 to %1 columns, got %2</source>
        <translation>debe tener de 1 a %1 columnas; se recibieron %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2 on each axis, got %3</source>
        <translation>debe estar entre %1 y %2 en cada eje; se recibió %3</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>no debe ser negativo; se recibió %1</translation>
    </message>
    <message>
        <source>applies only to conv_transpose2d, got %1</source>
        <translation>solo se aplica a conv_transpose2d; se recibió %1</translation>
    </message>
    <message>
        <source>must be smaller than the stride on the rows axis (Keras), got %1 with stride %2</source>
        <translation>debe ser menor que el paso (stride) en el eje de las filas (Keras); se recibió %1 con paso %2</translation>
    </message>
    <message>
        <source>must be smaller than the stride on the columns axis (Keras), got %1 with stride %2</source>
        <translation>debe ser menor que el paso (stride) en el eje de las columnas (Keras); se recibió %1 con paso %2</translation>
    </message>
    <message>
        <source>must be smaller than max(stride, dilation) = %1 on the rows axis (PyTorch), got %2</source>
        <translation>debe ser menor que max(stride, dilation) = %1 en el eje de las filas (PyTorch); se recibió %2</translation>
    </message>
    <message>
        <source>must be smaller than max(stride, dilation) = %1 on the columns axis (PyTorch), got %2</source>
        <translation>debe ser menor que max(stride, dilation) = %1 en el eje de las columnas (PyTorch); se recibió %2</translation>
    </message>
    <message>
        <source>gives %1 rows, which TensorFlow rejects: a forward convolution of that size would have %2 rows, not %3 (got output_padding %4)</source>
        <translation>da %1 filas, lo que TensorFlow rechaza: una convolución hacia adelante de ese tamaño tendría %2 filas, no %3 (output_padding recibido: %4)</translation>
    </message>
    <message>
        <source>gives %1 columns, which TensorFlow rejects: a forward convolution of that size would have %2 columns, not %3 (got output_padding %4)</source>
        <translation>da %1 columnas, lo que TensorFlow rechaza: una convolución hacia adelante de ese tamaño tendría %2 columnas, no %3 (output_padding recibido: %4)</translation>
    </message>
    <message>
        <source>the dilated kernel spans %1 rows but the padded input has only %2</source>
        <translation>el kernel dilatado abarca %1 filas, pero la entrada rellenada solo tiene %2</translation>
    </message>
    <message>
        <source>the dilated kernel spans %1 columns but the padded input has only %2</source>
        <translation>el kernel dilatado abarca %1 columnas, pero la entrada rellenada solo tiene %2</translation>
    </message>
    <message>
        <source>is too large: the output would have %1 rows</source>
        <translation>es demasiado grande: la salida tendría %1 filas</translation>
    </message>
    <message>
        <source>is too large: the output would have %1 columns</source>
        <translation>es demasiado grande: la salida tendría %1 columnas</translation>
    </message>
    <message>
        <source>the output would have %1 rows; the limit is %2</source>
        <translation>la salida tendría %1 filas; el límite es %2</translation>
    </message>
    <message>
        <source>the output would have %1 columns; the limit is %2</source>
        <translation>la salida tendría %1 columnas; el límite es %2</translation>
    </message>
    <message>
        <source>does not apply to %1, got %2; an upsampling op takes only &quot;input&quot; and &quot;scale&quot; (and &quot;align_corners&quot;)</source>
        <translation>no se aplica a %1; se recibió %2; una operación de sobremuestreo solo admite &quot;input&quot; y &quot;scale&quot; (y &quot;align_corners&quot;)</translation>
    </message>
    <message>
        <source>does not apply to %1, got %2; an upsampling op takes only &quot;input&quot; and &quot;scale&quot;</source>
        <translation>no se aplica a %1; se recibió %2; una operación de sobremuestreo solo admite &quot;input&quot; y &quot;scale&quot;</translation>
    </message>
    <message>
        <source>applies only to upsample_bilinear, not %1</source>
        <translation>solo se aplica a upsample_bilinear, no a %1</translation>
    </message>
    <message>
        <source>%1 takes no kernel, got %2</source>
        <translation>%1 no admite kernel; se recibió %2</translation>
    </message>
    <message>
        <source>max_unpool2d pools in blocks of the scale %1, so it needs at least %2 rows, got %3</source>
        <translation>max_unpool2d hace pooling en bloques de la escala %1, así que necesita al menos %2 filas; se recibieron %3</translation>
    </message>
    <message>
        <source>max_unpool2d pools in blocks of the scale %1, so it needs at least %2 columns, got %3</source>
        <translation>max_unpool2d hace pooling en bloques de la escala %1, así que necesita al menos %2 columnas; se recibieron %3</translation>
    </message>
    <message>
        <source>applies only to the upsampling ops (upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d), not %1; got %2</source>
        <translation>solo se aplica a las operaciones de sobremuestreo (upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d), no a %1; se recibió %2</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>values are too large: the output could exceed the largest double-precision number</source>
        <translation>los valores son demasiado grandes: la salida podría superar el mayor número de doble precisión</translation>
    </message>
    <message>
        <source>Keras does not allow a stride above 1 together with a dilation above 1, got stride %1 and dilation %2</source>
        <translation>Keras no permite un paso (stride) mayor que 1 junto con una dilatación mayor que 1; se recibió paso %1 y dilatación %2</translation>
    </message>
    <message>
        <source>Keras&apos;s Conv2DTranspose needs the same dilation on both axes, got %1</source>
        <translation>Conv2DTranspose de Keras necesita la misma dilatación en ambos ejes; se recibió %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a 2-D kernel (one channel in, one out)</source>
        <translation>un kernel 2-D (un canal de entrada y uno de salida)</translation>
    </message>
    <message>
        <source>a conv2d weight is [C_out][C_in/groups][kh][kw], so its second axis must be %1/%2 = %3, got %4</source>
        <translation>un peso de conv2d es [C_out][C_in/groups][kh][kw], así que su segundo eje debe ser %1/%2 = %3; se recibió %4</translation>
    </message>
    <message>
        <source>a conv_transpose2d weight is [C_in][C_out/groups][kh][kw], so its first axis must be C_in = %1, got %2</source>
        <translation>un peso de conv_transpose2d es [C_in][C_out/groups][kh][kw], así que su primer eje debe ser C_in = %1; se recibió %2</translation>
    </message>
    <message>
        <source>a list gives one bias per output channel, but the input and the kernel have no channel axes; write one number</source>
        <translation>una lista da un sesgo por canal de salida, pero la entrada y el kernel no tienen ejes de canal; escriba un solo número</translation>
    </message>
    <message>
        <source>the input must have 1 to %1 channels, got %2</source>
        <translation>la entrada debe tener de 1 a %1 canales; se recibieron %2</translation>
    </message>
    <message>
        <source>channel %1 is %2; every one must be %3 like the first</source>
        <translation>el canal %1 es de %2; todos deben ser de %3 como el primero</translation>
    </message>
    <message>
        <source>values must be finite numbers; channel %1, row %2, column %3 is not</source>
        <translation>los valores deben ser números finitos; el canal %1, fila %2, columna %3 no lo es</translation>
    </message>
    <message>
        <source>has %1 values (channels × rows × columns); the limit is %2</source>
        <translation>tiene %1 valores (canales × filas × columnas); el límite es %2</translation>
    </message>
    <message>
        <source>the weight&apos;s first axis must have 1 to %1 channels, got %2</source>
        <translation>el primer eje del peso debe tener de 1 a %1 canales; se recibieron %2</translation>
    </message>
    <message>
        <source>must be a 4-D array of equally many kernels per row, got %1 kernels in %2 rows</source>
        <translation>debe ser un arreglo 4-D con el mismo número de kernels por fila; se recibieron %1 kernels en %2 filas</translation>
    </message>
    <message>
        <source>the weight&apos;s second axis must have 1 to %1 channels, got %2</source>
        <translation>el segundo eje del peso debe tener de 1 a %1 canales; se recibieron %2</translation>
    </message>
    <message>
        <source>kernel %1 is %2; every one must be %3 like the first</source>
        <translation>el kernel %1 es de %2; todos deben ser de %3 como el primero</translation>
    </message>
    <message>
        <source>values must be finite numbers; kernel %1, row %2, column %3 is not</source>
        <translation>los valores deben ser números finitos; el kernel %1, fila %2, columna %3 no lo es</translation>
    </message>
    <message>
        <source>has %1 weights; the limit is %2</source>
        <translation>tiene %1 pesos; el límite es %2</translation>
    </message>
    <message>
        <source>must be between 1 and %1, got %2</source>
        <translation>debe estar entre 1 y %1; se recibió %2</translation>
    </message>
    <message numerus="yes">
        <source>must divide the input&apos;s %n channels, got %1</source>
        <comment>must divide the input&apos;s %n channel, got %1</comment>
        <translation>
            <numerusform>debe dividir el %n canal de la entrada; se recibió %1</numerusform>
            <numerusform>debe dividir los %n canales de la entrada; se recibió %1</numerusform>
        </translation>
    </message>
    <message>
        <source>gives %1 output channels; the limit is %2</source>
        <translation>da %1 canales de salida; el límite es %2</translation>
    </message>
    <message numerus="yes">
        <source>must divide the %n output channels (the weight&apos;s first axis), got %1</source>
        <comment>must divide the %n output channel (the weight&apos;s first axis), got %1</comment>
        <translation>
            <numerusform>debe dividir el %n canal de salida (el primer eje del peso); se recibió %1</numerusform>
            <numerusform>debe dividir los %n canales de salida (el primer eje del peso); se recibió %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a list needs one number per output channel, %1, got %2</source>
        <translation>una lista necesita un número por canal de salida, %1; se recibieron %2</translation>
    </message>
    <message>
        <source>must be finite numbers; entry %1 is not</source>
        <translation>deben ser números finitos; el elemento %1 no lo es</translation>
    </message>
    <message>
        <source>Keras&apos;s Conv2DTranspose has no groups, so padding &quot;%1&quot; needs groups 1; use integer padding (PyTorch), got groups %2</source>
        <translation>Conv2DTranspose de Keras no tiene grupos, así que el relleno &quot;%1&quot; necesita groups 1; use relleno entero (PyTorch); se recibió groups %2</translation>
    </message>
    <message>
        <source>the output would have %1 values (channels × rows × columns); the limit is %2</source>
        <translation>la salida tendría %1 valores (canales × filas × columnas); el límite es %2</translation>
    </message>
    <message>
        <source>the gradient is of a problem of one channel; this one has channel axes (a 3-D input or a 4-D kernel)</source>
        <translation>el gradiente es de un problema de un solo canal; este tiene ejes de canal (una entrada 3-D o un kernel 4-D)</translation>
    </message>
    <message>
        <source>max_unpool2d has only the direct view, not %1: it is not linear (where each maximum goes depends on the values), so no matrix gives it</source>
        <translation>max_unpool2d solo tiene la vista directa, no %1: no es lineal (adónde va cada máximo depende de los valores), así que ninguna matriz la representa</translation>
    </message>
    <message>
        <source>zero-insertion applies only to conv_transpose2d; use direct or matrix for %1</source>
        <translation>zero-insertion solo se aplica a conv_transpose2d; use direct o matrix para %1</translation>
    </message>
    <message>
        <source>the %1 view traces one channel; this problem has channel axes</source>
        <translation>la vista %1 sigue un solo canal; este problema tiene ejes de canal</translation>
    </message>
    <message>
        <source>%1 takes one channel: a 2-D input, no groups and no bias</source>
        <translation>%1 admite un solo canal: una entrada 2-D, sin grupos y sin sesgo</translation>
    </message>
</context>
<context>
    <name>ShapeSweep</name>
    <message>
        <source>at %1 %2</source>
        <translation>con %1 %2</translation>
    </message>
    <message>
        <source>At %1 %2</source>
        <translation>Con %1 %2</translation>
    </message>
    <message>
        <source>stride</source>
        <comment>the swept setting</comment>
        <translation>paso (stride)</translation>
    </message>
    <message>
        <source>padding</source>
        <comment>the swept setting</comment>
        <translation>relleno</translation>
    </message>
    <message>
        <source>input size</source>
        <comment>the swept setting</comment>
        <translation>tamaño de entrada</translation>
    </message>
    <message>
        <source>Keras &apos;valid&apos; (output_padding unset)</source>
        <translation>Keras &apos;valid&apos; (output_padding sin definir)</translation>
    </message>
    <message>
        <source>Keras &apos;same&apos; (output_padding unset)</source>
        <translation>Keras &apos;same&apos; (output_padding sin definir)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a setting and its values</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Kernel &lt; stride with &apos;valid&apos; (%1): the kernel copies do not reach each other, and Keras with output_padding unset sizes the output i·s + max(k − s, 0), padding the gap with zeros; PyTorch, and Keras with output_padding=0, give (i − 1)·s + k. %2: Keras %3 rows, PyTorch %4.</source>
        <translation>Kernel &lt; paso (stride) con &apos;valid&apos; (%1): las copias del kernel no se tocan, y Keras con output_padding sin definir dimensiona la salida como i·s + max(k − s, 0), rellenando el hueco con ceros; PyTorch, y Keras con output_padding=0, dan (i − 1)·s + k. %2: Keras %3 filas, PyTorch %4.</translation>
    </message>
    <message>
        <source>Asymmetric &apos;same&apos; (%1): the canvas must lose an odd number of rows; TensorFlow crops %2 before and %3 after (%4), the odd one at the bottom/right. PyTorch&apos;s integer padding is the same on both sides, so it needs output_padding to give the same rows back.</source>
        <translation>&apos;same&apos; asimétrico (%1): el lienzo debe perder un número impar de filas; TensorFlow recorta %2 antes y %3 después (%4), el impar abajo/a la derecha. El relleno entero de PyTorch es igual en ambos lados, así que necesita output_padding para devolver las mismas filas.</translation>
    </message>
    <message>
        <source>Asymmetric &apos;same&apos; (%1): an odd number of padding zeros is needed; TensorFlow adds %2 before and %3 after (%4), the odd one at the bottom/right. PyTorch&apos;s integer padding is the same on both sides, so no padding=p reproduces it: pad by hand with F.pad first.</source>
        <translation>&apos;same&apos; asimétrico (%1): hace falta un número impar de ceros de relleno; TensorFlow añade %2 antes y %3 después (%4), el impar abajo/a la derecha. El relleno entero de PyTorch es igual en ambos lados, así que ningún padding=p lo reproduce: hay que rellenar a mano antes con F.pad.</translation>
    </message>
    <message>
        <source>output_padding unset vs 0 with &apos;same&apos; (%1): unset, Keras makes the output i·s; output_padding=0 switches to (i − 1)·s + k − 2⌊k/2⌋, PyTorch&apos;s size with p = ⌊k/2⌋. %2: %3 rows unset, %4 with 0.</source>
        <translation>output_padding sin definir frente a 0 con &apos;same&apos; (%1): sin definir, Keras hace la salida i·s; output_padding=0 cambia a (i − 1)·s + k − 2⌊k/2⌋, el tamaño de PyTorch con p = ⌊k/2⌋. %2: %3 filas sin definir, %4 con 0.</translation>
    </message>
    <message>
        <source>PyTorch and Keras agree on every size in this range where both accept the problem.</source>
        <translation>PyTorch y Keras coinciden en todos los tamaños de este rango en los que ambos aceptan el problema.</translation>
    </message>
    <message>
        <source>A gap in a line is a size the convention rejects (the output would be empty, output_padding too large, or Keras&apos;s stride-with-dilation rule).</source>
        <translation>Un hueco en una línea es un tamaño que la convención rechaza (la salida quedaría vacía, output_padding demasiado grande, o la regla de Keras sobre paso con dilatación).</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Output %1</source>
        <translation>Salida %1</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Entrada %1</translation>
    </message>
    <message>
        <source>Kernel %1</source>
        <translation>Kernel %1</translation>
    </message>
    <message>
        <source>zeros inserted and padded</source>
        <translation>con ceros insertados y rellenada</translation>
    </message>
    <message>
        <source>padded</source>
        <translation>rellenada</translation>
    </message>
    <message>
        <source>Input %1, %2 → %3</source>
        <translation>Entrada %1, %2 → %3</translation>
    </message>
    <message>
        <source>Input %1 → %2</source>
        <translation>Entrada %1 → %2</translation>
    </message>
    <message>
        <source>Canvas %1 → output %2</source>
        <translation>Lienzo %1 → salida %2</translation>
    </message>
    <message>
        <source>Canvas %1 → %2</source>
        <translation>Lienzo %1 → %2</translation>
    </message>
    <message>
        <source>Pooled maxima %1</source>
        <translation>Máximos agrupados %1</translation>
    </message>
    <message>
        <source>%1, rotated 180°</source>
        <translation>%1, girado 180°</translation>
    </message>
    <message>
        <source>Rotated kernel</source>
        <translation>Kernel girado</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
    <message>
        <source>%1: fixed, not learned</source>
        <translation>%1: fijo, no aprendido</translation>
    </message>
    <message>
        <source>%1, fixed</source>
        <translation>%1, fijo</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>%1 on the canvas, %2</source>
        <translation>%1 sobre el lienzo, %2</translation>
    </message>
    <message>
        <source>Padded %1 → %2</source>
        <translation>Rellenada %1 → %2</translation>
    </message>
    <message>
        <source>Zero-inserted %1</source>
        <translation>Con ceros insertados %1</translation>
    </message>
    <message>
        <source>Padded %1</source>
        <translation>Rellenada %1</translation>
    </message>
    <message>
        <source>Input channel %1 of %2 (%3)</source>
        <translation>Canal de entrada %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Input channel %1</source>
        <translation>Canal de entrada %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Canal %1</translation>
    </message>
    <message>
        <source>%1, zeros inserted and padded → %2</source>
        <translation>%1, con ceros insertados y rellenado → %2</translation>
    </message>
    <message>
        <source>%1, padded → %2</source>
        <translation>%1, rellenado → %2</translation>
    </message>
    <message>
        <source>Input channel %1 → %2</source>
        <translation>Canal de entrada %1 → %2</translation>
    </message>
    <message>
        <source>Zero-inserted channel %1</source>
        <translation>Canal %1 con ceros insertados</translation>
    </message>
    <message>
        <source>Padded channel %1</source>
        <translation>Canal %1 rellenado</translation>
    </message>
    <message>
        <source>Output channel %1 of %2 (%3)</source>
        <translation>Canal de salida %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Output channel %1</source>
        <translation>Canal de salida %1</translation>
    </message>
    <message>
        <source>Canvas %1 → output channel %2 (%3)</source>
        <translation>Lienzo %1 → canal de salida %2 (%3)</translation>
    </message>
    <message>
        <source>Canvas %1 → channel %2</source>
        <translation>Lienzo %1 → canal %2</translation>
    </message>
    <message>
        <source>Kernel %1 (%2)</source>
        <translation>Kernel %1 (%2)</translation>
    </message>
    <message>
        <source>Rotated %1</source>
        <translation>%1 girado</translation>
    </message>
    <message numerus="yes">
        <source>%n input channels</source>
        <translation>
            <numerusform>%n canal de entrada</numerusform>
            <numerusform>%n canales de entrada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kernels</source>
        <translation>
            <numerusform>%n kernel</numerusform>
            <numerusform>%n kernels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output channels</source>
        <translation>
            <numerusform>%n canal de salida</numerusform>
            <numerusform>%n canales de salida</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, block-diagonal over %2 groups</source>
        <translation>%1, diagonal por bloques en %2 grupos</translation>
    </message>
    <message>
        <source>%1, not in this step</source>
        <translation>%1, no está en este paso</translation>
    </message>
    <message>
        <source>not in this step</source>
        <translation>no está en este paso</translation>
    </message>
</context>
<context>
    <name>StageAccessible</name>
    <message>
        <source>Shift+arrow keys move from cell to cell and from grid to grid; F2 edits an input or kernel cell</source>
        <translation>Mayús+flechas mueven de celda en celda y de cuadrícula en cuadrícula; F2 edita una celda de la entrada o del kernel</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>none</source>
        <comment>no indices</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>relleno</translation>
    </message>
    <message>
        <source>the &apos;same&apos; crop</source>
        <translation>el recorte &apos;same&apos;</translation>
    </message>
    <message numerus="yes">
        <source>it starts at row stride %1 × input row %2 − %3 %4 = %5 and covers the kernel&apos;s %n rows</source>
        <comment>it starts at row stride %1 × input row %2 − %3 %4 = %5 and covers the kernel&apos;s %n row</comment>
        <translation>
            <numerusform>empieza en la fila paso %1 × fila de entrada %2 − %3 %4 = %5 y abarca la %n fila del kernel</numerusform>
            <numerusform>empieza en la fila paso %1 × fila de entrada %2 − %3 %4 = %5 y abarca las %n filas del kernel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it starts at column stride %1 × input column %2 − %3 %4 = %5 and covers the kernel&apos;s %n columns</source>
        <comment>it starts at column stride %1 × input column %2 − %3 %4 = %5 and covers the kernel&apos;s %n column</comment>
        <translation>
            <numerusform>empieza en la columna paso %1 × columna de entrada %2 − %3 %4 = %5 y abarca la %n columna del kernel</numerusform>
            <numerusform>empieza en la columna paso %1 × columna de entrada %2 − %3 %4 = %5 y abarca las %n columnas del kernel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it starts at row stride %1 × input row %2 = %3 and covers the kernel&apos;s %n rows</source>
        <comment>it starts at row stride %1 × input row %2 = %3 and covers the kernel&apos;s %n row</comment>
        <translation>
            <numerusform>empieza en la fila paso %1 × fila de entrada %2 = %3 y abarca la %n fila del kernel</numerusform>
            <numerusform>empieza en la fila paso %1 × fila de entrada %2 = %3 y abarca las %n filas del kernel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it starts at column stride %1 × input column %2 = %3 and covers the kernel&apos;s %n columns</source>
        <comment>it starts at column stride %1 × input column %2 = %3 and covers the kernel&apos;s %n column</comment>
        <translation>
            <numerusform>empieza en la columna paso %1 × columna de entrada %2 = %3 y abarca la %n columna del kernel</numerusform>
            <numerusform>empieza en la columna paso %1 × columna de entrada %2 = %3 y abarca las %n columnas del kernel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 apart (dilation)</source>
        <translation>%1, separadas %2 (dilatación)</translation>
    </message>
    <message>
        <source>%1 (the output has only rows 0–%2)</source>
        <translation>%1 (la salida solo tiene las filas 0–%2)</translation>
    </message>
    <message>
        <source>%1 (the output has only columns 0–%2)</source>
        <translation>%1 (la salida solo tiene las columnas 0–%2)</translation>
    </message>
    <message>
        <source>Not right: %1.</source>
        <translation>Incorrecto: %1.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>reasons in a row</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>value</source>
        <comment>what an exercise asks for</comment>
        <translation>el valor</translation>
    </message>
    <message>
        <source>reach</source>
        <comment>what an exercise asks for</comment>
        <translation>el alcance</translation>
    </message>
    <message>
        <source>shape</source>
        <comment>what an exercise asks for</comment>
        <translation>la forma</translation>
    </message>
    <message>
        <source>recipe</source>
        <comment>what an exercise asks for</comment>
        <translation>la receta</translation>
    </message>
    <message>
        <source>the kernel has %1</source>
        <translation>el kernel tiene %1</translation>
    </message>
    <message>
        <source>this cell receives %1</source>
        <translation>esta celda recibe %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>a zero</source>
        <translation>un cero</translation>
    </message>
    <message numerus="yes">
        <source>you added %n products; %1 (the missing one is %2 × kernel %3 = %4 = %5)</source>
        <comment>you added %n product; %1 (the missing one is %2 × kernel %3 = %4 = %5)</comment>
        <translation>
            <numerusform>sumó %n producto; %1 (el que falta es %2 × kernel %3 = %4 = %5)</numerusform>
            <numerusform>sumó %n productos; %1 (el que falta es %2 × kernel %3 = %4 = %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>that is the sum with the kernel turned 180°; conv2d multiplies by the kernel as it stands (PyTorch and Keras compute a cross-correlation, without a flip)</source>
        <translation>esa es la suma con el kernel girado 180°; conv2d multiplica por el kernel tal cual (PyTorch y Keras calculan una correlación cruzada, sin voltearlo)</translation>
    </message>
    <message>
        <source>that is the sum with the kernel as it stands; sliding over the zero-inserted input needs the kernel turned 180°</source>
        <translation>esa es la suma con el kernel tal cual; deslizarlo sobre la entrada con ceros insertados requiere el kernel girado 180°</translation>
    </message>
    <message>
        <source>you left out the bias %1</source>
        <translation>olvidó el sesgo %1</translation>
    </message>
    <message>
        <source>Right: output %1 = %2 = %3.</source>
        <translation>Correcto: salida %1 = %2 = %3.</translation>
    </message>
    <message>
        <source>Not right: %1. Output %2 = %3 = %4.</source>
        <translation>Incorrecto: %1. Salida %2 = %3 = %4.</translation>
    </message>
    <message>
        <source>Not right: %1 is not the value. Output %2 = %3 = %4.</source>
        <translation>Incorrecto: %1 no es el valor. Salida %2 = %3 = %4.</translation>
    </message>
    <message>
        <source>Right: input %1 reaches no output cell.</source>
        <translation>Correcto: la entrada %1 no llega a ninguna celda de salida.</translation>
    </message>
    <message numerus="yes">
        <source>Right: input %1 reaches rows %2 and columns %3, %n cells.</source>
        <comment>Right: input %1 reaches rows %2 and columns %3, %n cell.</comment>
        <translation>
            <numerusform>Correcto: la entrada %1 llega a las filas %2 y las columnas %3, %n celda.</numerusform>
            <numerusform>Correcto: la entrada %1 llega a las filas %2 y las columnas %3, %n celdas.</numerusform>
        </translation>
    </message>
    <message>
        <source>this input reaches rows %1, not %2: %3</source>
        <translation>esta entrada llega a las filas %1, no %2: %3</translation>
    </message>
    <message>
        <source>this input reaches columns %1, not %2: %3</source>
        <translation>esta entrada llega a las columnas %1, no %2: %3</translation>
    </message>
    <message>
        <source>it also reaches %1</source>
        <translation>también llega a %1</translation>
    </message>
    <message>
        <source>it does not reach %1</source>
        <translation>no llega a %1</translation>
    </message>
    <message>
        <source>rows %1: %2</source>
        <translation>filas %1: %2</translation>
    </message>
    <message>
        <source>columns %1: %2</source>
        <translation>columnas %1: %2</translation>
    </message>
    <message>
        <source>Right: the output is %1.</source>
        <translation>Correcto: la salida es de %1.</translation>
    </message>
    <message numerus="yes">
        <source>the output has %n rows, not %1: %2</source>
        <comment>the output has %n row, not %1: %2</comment>
        <translation>
            <numerusform>la salida tiene %n fila, no %1: %2</numerusform>
            <numerusform>la salida tiene %n filas, no %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the output has %n columns, not %1: %2</source>
        <comment>the output has %n column, not %1: %2</comment>
        <translation>
            <numerusform>la salida tiene %n columna, no %1: %2</numerusform>
            <numerusform>la salida tiene %n columnas, no %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Right: with stride − 1 zeros between neighbours the input is %1.</source>
        <translation>Correcto: con paso − 1 ceros entre vecinas, la entrada queda de %1.</translation>
    </message>
    <message numerus="yes">
        <source>the zero-inserted input has %n rows, not %1: %2</source>
        <comment>the zero-inserted input has %n row, not %1: %2</comment>
        <translation>
            <numerusform>la entrada con ceros insertados tiene %n fila, no %1: %2</numerusform>
            <numerusform>la entrada con ceros insertados tiene %n filas, no %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the zero-inserted input has %n columns, not %1: %2</source>
        <comment>the zero-inserted input has %n column, not %1: %2</comment>
        <translation>
            <numerusform>la entrada con ceros insertados tiene %n columna, no %1: %2</numerusform>
            <numerusform>la entrada con ceros insertados tiene %n columnas, no %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>This problem has no zero-insertion recipe with padding of zero or more: a side would have to be cropped instead.</source>
        <translation>Este problema no tiene receta de inserción de ceros con un relleno de cero o más: habría que recortar un lado.</translation>
    </message>
    <message>
        <source>%1: %2 = %3, not %4</source>
        <comment>a recipe&apos;s number, why it is what it is</comment>
        <translation>%1: %2 = %3, no %4</translation>
    </message>
    <message>
        <source>zeros between rows</source>
        <translation>ceros entre filas</translation>
    </message>
    <message>
        <source>zeros between columns</source>
        <translation>ceros entre columnas</translation>
    </message>
    <message>
        <source>d(k−1) − %1 = %2 − %3</source>
        <translation>d(k−1) − %1 = %2 − %3</translation>
    </message>
    <message>
        <source>o + d(k−1) − zero-inserted rows − pad top = %1 + %2 − %3 − %4</source>
        <translation>o + d(k−1) − filas con ceros insertados − relleno arriba = %1 + %2 − %3 − %4</translation>
    </message>
    <message>
        <source>o + d(k−1) − zero-inserted columns − pad left = %1 + %2 − %3 − %4</source>
        <translation>o + d(k−1) − columnas con ceros insertados − relleno izquierda = %1 + %2 − %3 − %4</translation>
    </message>
    <message>
        <source>pad top</source>
        <translation>relleno arriba</translation>
    </message>
    <message>
        <source>pad bottom</source>
        <translation>relleno abajo</translation>
    </message>
    <message>
        <source>pad left</source>
        <translation>relleno izquierda</translation>
    </message>
    <message>
        <source>pad right</source>
        <translation>relleno derecha</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>Correcto: %1.</translation>
    </message>
    <message>
        <source>Not right: this exercise asks for the %1, not the %2.</source>
        <translation>Incorrecto: este ejercicio pide %1, no %2.</translation>
    </message>
    <message numerus="yes">
        <source>Right: input %1 reaches canvas rows %2 and columns %3, %n cells.</source>
        <comment>Right: input %1 reaches canvas rows %2 and columns %3, %n cell.</comment>
        <translation>
            <numerusform>Correcto: la entrada %1 llega a las filas %2 y las columnas %3 del lienzo, %n celda.</numerusform>
            <numerusform>Correcto: la entrada %1 llega a las filas %2 y las columnas %3 del lienzo, %n celdas.</numerusform>
        </translation>
    </message>
    <message>
        <source>this input reaches canvas rows %1, not %2: %3</source>
        <translation>esta entrada llega a las filas %1 del lienzo, no %2: %3</translation>
    </message>
    <message>
        <source>this input reaches canvas columns %1, not %2: %3</source>
        <translation>esta entrada llega a las columnas %1 del lienzo, no %2: %3</translation>
    </message>
    <message>
        <source>canvas rows %1: %2</source>
        <translation>filas del lienzo %1: %2</translation>
    </message>
    <message>
        <source>canvas columns %1: %2</source>
        <translation>columnas del lienzo %1: %2</translation>
    </message>
    <message>
        <source>that is the stride applied to the wrong side: the inputs spread over the output by the stride, as a transposed convolution spreads them; conv2d moves its window over the input by the stride %1, so the window of output %2 starts at padded input %3</source>
        <translation>eso es aplicar el paso (stride) en el lado equivocado: las entradas repartidas por la salida según el paso, como las reparte una convolución transpuesta; conv2d mueve su ventana sobre la entrada con paso %1, así que la ventana de la salida %2 empieza en la entrada rellenada %3</translation>
    </message>
    <message>
        <source>that is the stride applied to the wrong side: a window moved over the input by the stride, as conv2d moves it; a transposed convolution spreads the inputs over the output by the stride %1, so input (i, j) lands from canvas cell %2</source>
        <translation>eso es aplicar el paso (stride) en el lado equivocado: una ventana movida sobre la entrada según el paso, como la mueve conv2d; una convolución transpuesta reparte las entradas por la salida con paso %1, así que la entrada (i, j) cae a partir de la celda del lienzo %2</translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation>relleno %1</translation>
    </message>
    <message>
        <source>&apos;same&apos; padding</source>
        <translation>relleno &apos;same&apos;</translation>
    </message>
    <message>
        <source>that is the padding on one side only: %1 adds zeros at the top and left as well as at the bottom and right, so the window of output %2 starts at input %3, not %4</source>
        <translation>eso es el relleno en un solo lado: %1 añade ceros arriba y a la izquierda, además de abajo y a la derecha, así que la ventana de la salida %2 empieza en la entrada %3, no en %4</translation>
    </message>
    <message>
        <source>that is the crop on one side only: %1 removes canvas rows and columns at the top and left as well as at the bottom and right, so output %2 is canvas cell %3, not %4</source>
        <translation>eso es el recorte en un solo lado: %1 quita filas y columnas del lienzo arriba y a la izquierda, además de abajo y a la derecha, así que la salida %2 es la celda del lienzo %3, no %4</translation>
    </message>
    <message>
        <source>the output size</source>
        <translation>el tamaño de salida</translation>
    </message>
    <message numerus="yes">
        <source>%1 removes %n rows from the top and %2 from the bottom of the %3 canvas rows, 0–%4</source>
        <comment>%1 removes %n row from the top and %2 from the bottom of the %3 canvas rows, 0–%4</comment>
        <translation>
            <numerusform>%1 quita %n fila de arriba y %2 de abajo de las %3 filas del lienzo, 0–%4</numerusform>
            <numerusform>%1 quita %n filas de arriba y %2 de abajo de las %3 filas del lienzo, 0–%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removes %n columns from the left and %2 from the right of the %3 canvas columns, 0–%4</source>
        <comment>%1 removes %n column from the left and %2 from the right of the %3 canvas columns, 0–%4</comment>
        <translation>
            <numerusform>%1 quita %n columna de la izquierda y %2 de la derecha de las %3 columnas del lienzo, 0–%4</numerusform>
            <numerusform>%1 quita %n columnas de la izquierda y %2 de la derecha de las %3 columnas del lienzo, 0–%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Keras&apos;s output size, input × stride,</source>
        <translation>el tamaño de salida de Keras, entrada × paso,</translation>
    </message>
    <message>
        <source>the crop kept rows %1</source>
        <translation>el recorte conservó las filas %1</translation>
    </message>
    <message>
        <source>the crop kept columns %1</source>
        <translation>el recorte conservó las columnas %1</translation>
    </message>
    <message>
        <source>the canvas has rows %1</source>
        <translation>el lienzo tiene las filas %1</translation>
    </message>
    <message>
        <source>the canvas has columns %1</source>
        <translation>el lienzo tiene las columnas %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 adds %n rows at the bottom</source>
        <comment>%1 and %2 adds %n row at the bottom</comment>
        <translation>
            <numerusform>%1 y %2 añade %n fila abajo</numerusform>
            <numerusform>%1 y %2 añade %n filas abajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 adds %n columns at the right</source>
        <comment>%1 and %2 adds %n column at the right</comment>
        <translation>
            <numerusform>%1 y %2 añade %n columna a la derecha</numerusform>
            <numerusform>%1 y %2 añade %n columnas a la derecha</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rows past %2 lie beyond the canvas and hold zeros)</source>
        <translation>%1 (las filas después de %2 quedan fuera del lienzo y contienen ceros)</translation>
    </message>
    <message>
        <source>%1 (columns past %2 lie beyond the canvas and hold zeros)</source>
        <translation>%1 (las columnas después de %2 quedan fuera del lienzo y contienen ceros)</translation>
    </message>
    <message>
        <source>Right: the crop keeps canvas rows %1 and columns %2, leaving %3.</source>
        <translation>Correcto: el recorte conserva las filas %1 y las columnas %2 del lienzo, y queda %3.</translation>
    </message>
    <message>
        <source>Right: the output is canvas rows %1 and columns %2, %3.</source>
        <translation>Correcto: la salida son las filas %1 y las columnas %2 del lienzo, %3.</translation>
    </message>
    <message>
        <source>the crop keeps canvas rows %1, not %2: %3</source>
        <translation>el recorte conserva las filas %1 del lienzo, no %2: %3</translation>
    </message>
    <message>
        <source>the crop keeps canvas columns %1, not %2: %3</source>
        <translation>el recorte conserva las columnas %1 del lienzo, no %2: %3</translation>
    </message>
    <message>
        <source>the output is canvas rows %1, not %2: %3</source>
        <translation>la salida son las filas %1 del lienzo, no %2: %3</translation>
    </message>
    <message>
        <source>the output is canvas columns %1, not %2: %3</source>
        <translation>la salida son las columnas %1 del lienzo, no %2: %3</translation>
    </message>
    <message>
        <source>Not right: that answer does not fit this question.</source>
        <translation>Incorrecto: esa respuesta no encaja con esta pregunta.</translation>
    </message>
    <message>
        <source>Not right: this step asks for nothing.</source>
        <translation>Incorrecto: este paso no pide nada.</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>direct</source>
        <translation>directa</translation>
    </message>
    <message>
        <source>zero insertion</source>
        <translation>inserción de ceros</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matriz</translation>
    </message>
    <message>
        <source>backward: input gradient</source>
        <translation>hacia atrás: gradiente de la entrada</translation>
    </message>
    <message>
        <source>backward: kernel gradient</source>
        <translation>hacia atrás: gradiente del kernel</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n row</comment>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <comment>%n column</comment>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zeros</source>
        <comment>%n zero</comment>
        <translation>
            <numerusform>%n cero</numerusform>
            <numerusform>%n ceros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells</source>
        <comment>%n cell</comment>
        <translation>
            <numerusform>%n celda</numerusform>
            <numerusform>%n celdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <comment>%n value</comment>
        <translation>
            <numerusform>%n valor</numerusform>
            <numerusform>%n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <comment>%n product</comment>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
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
        <translation>fila %1, columna %2</translation>
    </message>
    <message>
        <source> (%1 products)</source>
        <translation> (%1 productos)</translation>
    </message>
    <message>
        <source>, in this step: %1 products</source>
        <translation>, en este paso: %1 productos</translation>
    </message>
    <message>
        <source>, in this step: %1</source>
        <translation>, en este paso: %1</translation>
    </message>
    <message>
        <source>Input %1: %2</source>
        <translation>Entrada %1: %2</translation>
    </message>
    <message>
        <source>Padding at %1: not added yet</source>
        <translation>Relleno en %1: aún no añadido</translation>
    </message>
    <message>
        <source>Padding at %1: %2</source>
        <translation>Relleno en %1: %2</translation>
    </message>
    <message>
        <source>Inserted zero at %1: not inserted yet</source>
        <translation>Cero insertado en %1: aún no insertado</translation>
    </message>
    <message>
        <source>Inserted zero at %1: %2</source>
        <translation>Cero insertado en %1: %2</translation>
    </message>
    <message>
        <source>Upstream gradient %1: %2</source>
        <translation>Gradiente entrante (upstream) %1: %2</translation>
    </message>
    <message>
        <source>, used in this step</source>
        <translation>, usado en este paso</translation>
    </message>
    <message>
        <source>Pooled maximum %1: not pooled yet</source>
        <translation>Máximo agrupado %1: aún no agrupado</translation>
    </message>
    <message>
        <source>Pooled maximum %1: %2, from input %3</source>
        <translation>Máximo agrupado %1: %2, de la entrada %3</translation>
    </message>
    <message>
        <source>, pooled in this step</source>
        <translation>, agrupado en este paso</translation>
    </message>
    <message>
        <source>, put back in this step</source>
        <translation>, devuelto en este paso</translation>
    </message>
    <message>
        <source>Kernel %1, turned 180°: %2</source>
        <translation>Kernel %1, girado 180°: %2</translation>
    </message>
    <message>
        <source>Kernel %1: %2</source>
        <translation>Kernel %1: %2</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>Salida %1</translation>
    </message>
    <message>
        <source>Canvas %1, outside the output</source>
        <translation>Lienzo %1, fuera de la salida</translation>
    </message>
    <message>
        <source>%1: cropped away</source>
        <translation>%1: recortado</translation>
    </message>
    <message>
        <source>%1: no products yet</source>
        <translation>%1: aún sin productos</translation>
    </message>
    <message>
        <source>%1: not computed yet</source>
        <translation>%1: aún no calculado</translation>
    </message>
    <message>
        <source>%1, computed in this step: %2 = %3</source>
        <translation>%1, calculado en este paso: %2 = %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, from 1 product</source>
        <translation>, a partir de 1 producto</translation>
    </message>
    <message>
        <source>, from %1 products</source>
        <translation>, a partir de %1 productos</translation>
    </message>
    <message>
        <source>, written in this step</source>
        <translation>, escrito en este paso</translation>
    </message>
    <message>
        <source>x[%1] = input %2: %3</source>
        <translation>x[%1] = entrada %2: %3</translation>
    </message>
    <message>
        <source>y[%1] = output %2</source>
        <translation>y[%1] = salida %2</translation>
    </message>
    <message>
        <source>%1 %2: 0, input %3 is outside the window of output %4</source>
        <translation>%1 %2: 0, la entrada %3 está fuera de la ventana de la salida %4</translation>
    </message>
    <message>
        <source>%1 %2: %3, kernel %4 from input %5 to output %6</source>
        <translation>%1 %2: %3, kernel %4 de la entrada %5 a la salida %6</translation>
    </message>
    <message>
        <source>, in this step&apos;s row</source>
        <translation>, en la fila de este paso</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>La entrada</translation>
    </message>
    <message>
        <source>The input as the kernel reads it, with its padding and inserted zeros</source>
        <translation>La entrada tal como la lee el kernel, con su relleno y los ceros insertados</translation>
    </message>
    <message>
        <source>The largest value of each block of the input, and where it was</source>
        <translation>El mayor valor de cada bloque de la entrada, y dónde estaba</translation>
    </message>
    <message>
        <source>The kernel&apos;s weights</source>
        <translation>Los pesos del kernel</translation>
    </message>
    <message>
        <source>The canvas the products are added onto; the output is the part the crop keeps</source>
        <translation>El lienzo sobre el que se suman los productos; la salida es la parte que conserva el recorte</translation>
    </message>
    <message>
        <source>The output, filled in step by step</source>
        <translation>La salida, que se completa paso a paso</translation>
    </message>
    <message>
        <source>The operation as a matrix: row r makes output cell r and column c reads input cell c, cells counted row by row</source>
        <translation>La operación como matriz: la fila r produce la celda de salida r y la columna c lee la celda de entrada c, con las celdas contadas fila a fila</translation>
    </message>
    <message>
        <source>The input flattened row by row</source>
        <translation>La entrada aplanada fila a fila</translation>
    </message>
    <message>
        <source>The output flattened row by row: y = %1·x</source>
        <translation>La salida aplanada fila a fila: y = %1·x</translation>
    </message>
</context>
<context>
    <name>convstep::BiasBox</name>
    <message>
        <source>Added to every output cell</source>
        <translation>Se suma a cada celda de salida</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>por canal</translation>
    </message>
    <message>
        <source>A bias per output channel, set under Channels: %1</source>
        <translation>Un sesgo por canal de salida, fijado en Canales: %1</translation>
    </message>
</context>
<context>
    <name>convstep::CalculationStrip</name>
    <message>
        <source>Calculation</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>cells done: %1 of %2</source>
        <translation>celdas hechas: %1 de %2</translation>
    </message>
    <message>
        <source>products in the output: %1 of %2 (%3 cropped away)</source>
        <translation>productos en la salida: %1 de %2 (%3 recortados)</translation>
    </message>
    <message>
        <source>products so far: %1</source>
        <translation>productos hasta ahora: %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>salida %1</translation>
    </message>
    <message>
        <source>cropped cell</source>
        <translation>celda recortada</translation>
    </message>
    <message>
        <source>%1 so far: %2 (%3)</source>
        <translation>%1 hasta ahora: %2 (%3)</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 producto</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 productos</translation>
    </message>
    <message>
        <source>No calculation</source>
        <translation>Sin cálculo</translation>
    </message>
    <message>
        <source>Predict first: the arithmetic shows once the step plays.</source>
        <translation>Primero, haga su predicción: la aritmética aparece cuando se reproduce el paso.</translation>
    </message>
</context>
<context>
    <name>convstep::ChannelEditor</name>
    <message>
        <source>Input channels</source>
        <translation>Canales de entrada</translation>
    </message>
    <message>
        <source>C_in: the input&apos;s channels (3 for an RGB image)</source>
        <translation>C_in: los canales de la entrada (3 en una imagen RGB)</translation>
    </message>
    <message>
        <source>Output channels</source>
        <translation>Canales de salida</translation>
    </message>
    <message>
        <source>C_out: one per filter</source>
        <translation>C_out: uno por filtro</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Each output channel sees only the input channels of its group; groups divides both channel counts</source>
        <translation>Cada canal de salida ve solo los canales de entrada de su grupo; groups divide ambos números de canales</translation>
    </message>
    <message>
        <source>Depthwise</source>
        <translation>Depthwise</translation>
    </message>
    <message>
        <source>groups = C_in: every input channel gets its own filters</source>
        <translation>groups = C_in: cada canal de entrada tiene sus propios filtros</translation>
    </message>
    <message>
        <source>Bias per output channel</source>
        <translation>Sesgo por canal de salida</translation>
    </message>
    <message>
        <source>one bias for all, or b0, b1, …</source>
        <translation>un sesgo para todos, o b0, b1, …</translation>
    </message>
    <message>
        <source>One number per output channel, separated by commas; empty: the bias term for every channel</source>
        <translation>Un número por canal de salida, separados por comas; vacío: el término de sesgo para todos los canales</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>grupos</translation>
    </message>
    <message>
        <source>bias per channel</source>
        <translation>sesgo por canal</translation>
    </message>
    <message>
        <source>Groups must divide both channel counts (%1 and %2).</source>
        <translation>El número de grupos debe dividir ambos números de canales (%1 y %2).</translation>
    </message>
    <message>
        <source>Set channels to %1 → %2</source>
        <translation>Fijar canales en %1 → %2</translation>
    </message>
    <message>
        <source> in %1 groups</source>
        <translation> en %1 grupos</translation>
    </message>
    <message>
        <source>Make it depthwise: %1 → %2 in %3 groups</source>
        <translation>Convertir en depthwise: %1 → %2 en %3 grupos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; no es un número.</translation>
    </message>
    <message>
        <source>Give one bias for the output channel.</source>
        <translation>Indique un sesgo para el canal de salida.</translation>
    </message>
    <message>
        <source>Give %1 biases, one per output channel.</source>
        <translation>Indique %1 sesgos, uno por canal de salida.</translation>
    </message>
    <message>
        <source>Use one bias for every channel</source>
        <translation>Usar un solo sesgo para todos los canales</translation>
    </message>
    <message>
        <source>Set a bias per channel</source>
        <translation>Fijar un sesgo por canal</translation>
    </message>
</context>
<context>
    <name>convstep::ChannelStackView</name>
    <message>
        <source>Channel stacks</source>
        <translation>Pilas de canales</translation>
    </message>
    <message>
        <source>%1 input channels, %2 output channels; this step reads %3 and writes %4</source>
        <translation>%1 canales de entrada, %2 canales de salida; este paso lee %3 y escribe %4</translation>
    </message>
    <message>
        <source>The channel stacks show a convolution&apos;s layer.</source>
        <translation>Las pilas de canales muestran una capa de convolución.</translation>
    </message>
    <message>
        <source>input: %1 × %2×%3</source>
        <translation>entrada: %1 × %2×%3</translation>
    </message>
    <message>
        <source>output: %1 × %2×%3</source>
        <translation>salida: %1 × %2×%3</translation>
    </message>
</context>
<context>
    <name>convstep::CheckerboardImageLab</name>
    <message>
        <source>Open &amp;image…</source>
        <translation>Abrir &amp;imagen…</translation>
    </message>
    <message>
        <source>Sample &amp;photo</source>
        <translation>Foto de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Row of the profile</source>
        <translation>Fila del perfil</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>Imagen completa</translation>
    </message>
    <message>
        <source>%1× around the row</source>
        <translation>%1× alrededor de la fila</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Profile &amp;row:</source>
        <translation>&amp;Fila del perfil:</translation>
    </message>
    <message>
        <source>Row profile of the three upsampled images</source>
        <translation>Perfil de fila de las tres imágenes sobremuestreadas</translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>brightness (input 0–1)</source>
        <translation>brillo (entrada 0–1)</translation>
    </message>
    <message>
        <source>Each picture is stretched from its darkest to its brightest value; the profile shows the values themselves. The kernels are constant (weights s²/k² and 1/9), so any pattern comes from the overlap alone.</source>
        <translation>Cada imagen se estira de su valor más oscuro a su valor más claro; el perfil muestra los valores mismos. Los kernels son constantes (pesos s²/k² y 1/9), así que cualquier patrón proviene solo del solapamiento.</translation>
    </message>
    <message>
        <source>Transposed conv k=3, s=2</source>
        <translation>Conv. transpuesta k=3, s=2</translation>
    </message>
    <message>
        <source>Transposed conv k=4, s=2</source>
        <translation>Conv. transpuesta k=4, s=2</translation>
    </message>
    <message>
        <source>Nearest ×2, then 3×3 conv</source>
        <translation>Vecino más cercano ×2, luego conv. 3×3</translation>
    </message>
    <message>
        <source>sample photo</source>
        <translation>foto de ejemplo</translation>
    </message>
    <message>
        <source>Could not open “%1” as an image: %2. The picture below is unchanged.</source>
        <translation>No se pudo abrir «%1» como imagen: %2. La imagen de abajo no cambia.</translation>
    </message>
    <message>
        <source>%1: %2×%3, scaled to %4×%5</source>
        <translation>%1: %2×%3, escalada a %4×%5</translation>
    </message>
    <message>
        <source>Open an Image</source>
        <translation>Abrir una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>column of row %1</source>
        <translation>columna de la fila %1</translation>
    </message>
    <message>
        <source>Upsample a picture of your own</source>
        <translation>Sobremuestrear una imagen propia</translation>
    </message>
    <message>
        <source>Upsample the built-in photo</source>
        <translation>Sobremuestrear la foto incluida</translation>
    </message>
    <message>
        <source>The image row plotted below</source>
        <translation>La fila de la imagen que se representa abajo</translation>
    </message>
    <message>
        <source>How much of the pictures to show around the profile row</source>
        <translation>Cuánto de las imágenes mostrar alrededor de la fila del perfil</translation>
    </message>
</context>
<context>
    <name>convstep::CheckerboardLab</name>
    <message>
        <source>Checkerboard lab</source>
        <translation>Laboratorio de tablero de ajedrez</translation>
    </message>
    <message>
        <source>&amp;Overlap counts</source>
        <translation>&amp;Recuentos de solapamiento</translation>
    </message>
    <message>
        <source>On a &amp;photo</source>
        <translation>En una f&amp;oto</translation>
    </message>
    <message>
        <source>Kernel size k</source>
        <translation>Tamaño del kernel k</translation>
    </message>
    <message>
        <source>Stride s</source>
        <translation>Paso (stride) s</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Tamaño de entrada</translation>
    </message>
    <message>
        <source>&amp;Follow the current transposed problem</source>
        <translation>&amp;Seguir el problema transpuesto actual</translation>
    </message>
    <message>
        <source>Count the problem on the stage (with its padding, dilation and output_padding) when it is a transposed convolution</source>
        <translation>Contar el problema del escenario (con su relleno, dilatación y output_padding) cuando es una convolución transpuesta</translation>
    </message>
    <message>
        <source>Row of the profile</source>
        <translation>Fila del perfil</translation>
    </message>
    <message>
        <source>The output row plotted below; clicking the map picks one too</source>
        <translation>La fila de salida que se representa abajo; también se elige haciendo clic en el mapa</translation>
    </message>
    <message>
        <source>&amp;Kernel k:</source>
        <translation>&amp;Kernel k:</translation>
    </message>
    <message>
        <source>&amp;Stride s:</source>
        <translation>&amp;Paso s:</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <source>Overlap counts heat map</source>
        <translation>Mapa de calor de los recuentos de solapamiento</translation>
    </message>
    <message>
        <source>output column</source>
        <translation>columna de salida</translation>
    </message>
    <message>
        <source>output row</source>
        <translation>fila de salida</translation>
    </message>
    <message>
        <source>input cells reaching it</source>
        <translation>celdas de entrada que la alcanzan</translation>
    </message>
    <message>
        <source>Overlap count along the chosen row</source>
        <translation>Recuento de solapamiento a lo largo de la fila elegida</translation>
    </message>
    <message>
        <source>count</source>
        <translation>recuento</translation>
    </message>
    <message>
        <source>Count along &amp;row:</source>
        <translation>Contar a lo largo de la &amp;fila:</translation>
    </message>
    <message>
        <source>(or click a row of the map)</source>
        <translation>(o haga clic en una fila del mapa)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The problem on the stage is not a transposed convolution (or its output is too large to draw): counting the k and s above.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;El problema del escenario no es una convolución transpuesta (o su salida es demasiado grande para dibujarla): se cuentan los k y s de arriba.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Rows axis shown; the columns have their own k and s.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Se muestra el eje de las filas; las columnas tienen sus propios k y s.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 × %2 output of conv_transpose2d</source>
        <translation>Salida de %1 × %2 de conv_transpose2d</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>output column (row %1)</source>
        <translation>columna de salida (fila %1)</translation>
    </message>
    <message>
        <source>The side of the transposed convolution&apos;s square kernel</source>
        <translation>El lado del kernel cuadrado de la convolución transpuesta</translation>
    </message>
    <message>
        <source>How far apart the stamped kernels land</source>
        <translation>A qué distancia caen los kernels estampados</translation>
    </message>
    <message>
        <source>The side of the square input</source>
        <translation>El lado de la entrada cuadrada</translation>
    </message>
</context>
<context>
    <name>convstep::CodePanel</name>
    <message>
        <source>Framework code</source>
        <translation>Código del framework</translation>
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
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>Copiar el script al portapapeles</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Framework:</translation>
    </message>
    <message>
        <source>The problem as edited has an error (%1); this is the script of the last problem that worked.</source>
        <translation>El problema editado tiene un error (%1); este es el script del último problema que funcionó.</translation>
    </message>
    <message>
        <source>Whose script to show: PyTorch&apos;s or Keras&apos;s</source>
        <translation>Qué script mostrar: el de PyTorch o el de Keras</translation>
    </message>
    <message>
        <source>The problem on the stage as a script that runs it</source>
        <translation>El problema del escenario como un script que lo ejecuta</translation>
    </message>
    <message>
        <source>The gradient is shown in PyTorch&apos;s autograd; this Keras script runs the forward pass.</source>
        <translation>El gradiente se muestra con autograd de PyTorch; este script de Keras ejecuta la pasada hacia adelante.</translation>
    </message>
</context>
<context>
    <name>convstep::CompareControls</name>
    <message>
        <source>zero insertion</source>
        <translation>inserción de ceros</translation>
    </message>
    <message>
        <source>the matrix C</source>
        <translation>la matriz C</translation>
    </message>
    <message>
        <source>the gradient ∂L/∂x</source>
        <translation>el gradiente ∂L/∂x</translation>
    </message>
    <message>
        <source>the gradient ∂L/∂W</source>
        <translation>el gradiente ∂L/∂W</translation>
    </message>
    <message>
        <source>the sliding window</source>
        <translation>la ventana deslizante</translation>
    </message>
    <message>
        <source>scatter and sum</source>
        <translation>dispersar y sumar</translation>
    </message>
    <message>
        <source>Compared stage</source>
        <translation>Escenario comparado</translation>
    </message>
    <message>
        <source>Co&amp;mpare Side by Side</source>
        <translation>Co&amp;mparar lado a lado</translation>
    </message>
    <message>
        <source>Compare: the same moment in the other view, or a convolution beside its transpose (C)</source>
        <translation>Comparar: el mismo momento en la otra vista, o una convolución junto a su transpuesta (C)</translation>
    </message>
    <message>
        <source>Upsampling has one picture only: there is nothing to compare it with.</source>
        <translation>El sobremuestreo tiene una sola imagen: no hay nada con qué compararlo.</translation>
    </message>
    <message>
        <source>The forward pass, %1: y = %2</source>
        <translation>La pasada hacia adelante, %1: y = %2</translation>
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
        <translation>Su transpuesta, Cᵀ·y: de %1 de vuelta a %2; la forma vuelve, los números no</translation>
    </message>
    <message>
        <source>The same problem as %1</source>
        <translation>El mismo problema como %1</translation>
    </message>
    <message>
        <source>The convolution that made the input: original %1 → %2</source>
        <translation>La convolución que produjo la entrada: original %1 → %2</translation>
    </message>
</context>
<context>
    <name>convstep::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Narración</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Tamaño de salida</translation>
    </message>
    <message>
        <source>Output size formula</source>
        <translation>Fórmula del tamaño de salida</translation>
    </message>
    <message>
        <source>Lesson note</source>
        <translation>Nota de la lección</translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation>Ninguna lección</translation>
    </message>
    <message>
        <source>Open a lesson to see each step explained here.</source>
        <translation>Abra una lección para ver aquí la explicación de cada paso.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>The step, the output size formula and the lesson note</source>
        <translation>El paso, la fórmula del tamaño de salida y la nota de la lección</translation>
    </message>
    <message>
        <source>Predict first: this step is explained once it plays.</source>
        <translation>Primero prediga: este paso se explica cuando se reproduce.</translation>
    </message>
    <message>
        <source>Possibly out of date: the problem has been edited since this note was written. Lessons → Lesson Properties… updates it.</source>
        <translation>Posiblemente desactualizada: el problema se ha editado desde que se escribió esta nota. Lecciones → Propiedades de la lección… la actualiza.</translation>
    </message>
</context>
<context>
    <name>convstep::ExportDialog</name>
    <message>
        <source>Export Animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <source>This lesson cannot be exported until its problem is fixed: %1</source>
        <translation>Esta lección no se puede exportar hasta que se corrija su problema: %1</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>“%1” is a file; frames are written into a folder.</source>
        <translation>«%1» es un archivo; los fotogramas se escriben en una carpeta.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>«%1» es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 video needs an even width and height, and %2 × %3 has an odd side. Try %4 × %5.</source>
        <translation>El vídeo %1 necesita un ancho y un alto pares, y %2 × %3 tiene un lado impar. Pruebe con %4 × %5.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Auto: one step every half second, 12 frames a second when smooth</source>
        <translation>Auto: un paso cada medio segundo, 12 fotogramas por segundo en modo suave</translation>
    </message>
    <message>
        <source>Only GIF and video have a frame rate</source>
        <translation>Solo GIF y vídeo tienen velocidad de fotogramas</translation>
    </message>
    <message>
        <source>Only for the PDF handout</source>
        <translation>Solo para el folleto PDF</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>Ventana deslizante</translation>
    </message>
    <message>
        <source>Scatter &amp; sum</source>
        <translation>Dispersar &amp; sumar</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directa</translation>
    </message>
    <message>
        <source>Zero insertion</source>
        <translation>Inserción de ceros</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>Animación GIF</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>Vídeo MP4 (H.264)</translation>
    </message>
    <message>
        <source>WebM video (VP9)</source>
        <translation>Vídeo WebM (VP9)</translation>
    </message>
    <message>
        <source>PNG frames (folder)</source>
        <translation>Fotogramas PNG (carpeta)</translation>
    </message>
    <message>
        <source>SVG frames (folder)</source>
        <translation>Fotogramas SVG (carpeta)</translation>
    </message>
    <message>
        <source>PDF handout</source>
        <translation>Folleto PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Size presets</source>
        <translation>Tamaños predefinidos</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Primer paso</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último paso</translation>
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
        <translation>S&amp;uave: el kernel se desliza de un paso a otro</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Caption: narration and arithmetic under the grids</source>
        <translation>&amp;Leyenda: narración y aritmética bajo las cuadrículas</translation>
    </message>
    <message>
        <source>Preview of the first frame</source>
        <translation>Vista previa del primer fotograma</translation>
    </message>
    <message>
        <source>Show in Fol&amp;der</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Ste&amp;ps:</source>
        <translation>Pa&amp;sos:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>Velocidad de fotog&amp;ramas:</translation>
    </message>
    <message>
        <source>Ho&amp;ld first and last:</source>
        <translation>Ma&amp;ntener primero y último:</translation>
    </message>
    <message>
        <source>Steps per pa&amp;ge:</source>
        <translation>Pasos por &amp;página:</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Tamaño del text&amp;o:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation>1 fotograma</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>%1 fotogramas</translation>
    </message>
    <message>
        <source>Folder for the Frames</source>
        <translation>Carpeta para los fotogramas</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty. Replace the frames in it?</source>
        <translation>La carpeta «%1» no está vacía. ¿Reemplazar los fotogramas que contiene?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>¿Reemplazar?</translation>
    </message>
    <message>
        <source>Not exported: “%1” already exists.</source>
        <translation>No se exportó: «%1» ya existe.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Wrote %1 — %2, %3</source>
        <translation>Se escribió %1: %2, %3</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message>
        <source>Stop the Export?</source>
        <translation>¿Detener la exportación?</translation>
    </message>
    <message>
        <source>An export is running. Stop it and close? Nothing will be written.</source>
        <translation>Hay una exportación en curso. ¿Detenerla y cerrar? No se escribirá nada.</translation>
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
        <translation>menos de un segundo</translation>
    </message>
    <message>
        <source>a second</source>
        <translation>un segundo</translation>
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
        <translation>Primer paso en %1 · %2</translation>
    </message>
    <message>
        <source>First frame at %1 · %2</source>
        <translation>Primer fotograma en %1 · %2</translation>
    </message>
    <message>
        <source>About %1 · about %2 to export</source>
        <translation>Unos %1 · unos %2 para exportar</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂x</source>
        <translation>Hacia atrás: ∂L/∂x</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂W</source>
        <translation>Hacia atrás: ∂L/∂W</translation>
    </message>
    <message>
        <source>%1, an animation of %2</source>
        <translation>%1, una animación de %2</translation>
    </message>
    <message>
        <source>This export makes %1: about %2, and about %3 to write. Export it anyway?

Fewer steps (Steps: from … to) make it smaller; so does convstep-cli export with --every N, --phases or --final.</source>
        <translation>Esta exportación genera %1: unos %2 y unos %3 para escribirla. ¿Exportarla de todos modos?

Con menos pasos (Pasos: de … a) es más pequeña; también con convstep-cli export con --every N, --phases o --final.</translation>
    </message>
    <message>
        <source>Large Export</source>
        <translation>Exportación grande</translation>
    </message>
    <message>
        <source>Not exported: it would make %1.</source>
        <translation>No se exportó: generaría %1.</translation>
    </message>
</context>
<context>
    <name>convstep::GridAccessible</name>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
</context>
<context>
    <name>convstep::KeyHint</name>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; play/pause &amp;nbsp;·&amp;nbsp; &lt;b&gt;←/→&lt;/b&gt; or &lt;b&gt;PgUp/PgDn&lt;/b&gt; step &amp;nbsp;·&amp;nbsp; &lt;b&gt;Home/End&lt;/b&gt; first/last &amp;nbsp;·&amp;nbsp; &lt;b&gt;[ ]&lt;/b&gt; speed &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt; blank &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl + / −&lt;/b&gt; text size &amp;nbsp;·&amp;nbsp; &lt;b&gt;F11&lt;/b&gt; or &lt;b&gt;Esc&lt;/b&gt; leave</source>
        <translation>&lt;b&gt;Espacio&lt;/b&gt; reproducir/pausa &amp;nbsp;·&amp;nbsp; &lt;b&gt;←/→&lt;/b&gt; o &lt;b&gt;Re Pág/Av Pág&lt;/b&gt; paso &amp;nbsp;·&amp;nbsp; &lt;b&gt;Inicio/Fin&lt;/b&gt; primero/último &amp;nbsp;·&amp;nbsp; &lt;b&gt;[ ]&lt;/b&gt; velocidad &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt; pantalla en blanco &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl + / −&lt;/b&gt; tamaño del texto &amp;nbsp;·&amp;nbsp; &lt;b&gt;F11&lt;/b&gt; o &lt;b&gt;Esc&lt;/b&gt; salir</translation>
    </message>
</context>
<context>
    <name>convstep::LabControls</name>
    <message>
        <source>Ways to Upsample</source>
        <translation>Formas de sobremuestrear</translation>
    </message>
    <message>
        <source>Checkerboard Lab</source>
        <translation>Laboratorio de tablero de ajedrez</translation>
    </message>
    <message>
        <source>Shape Explorer</source>
        <translation>Explorador de formas</translation>
    </message>
    <message>
        <source>Framework Code</source>
        <translation>Código del framework</translation>
    </message>
    <message>
        <source>Ways to &amp;Upsample</source>
        <translation>Formas de &amp;sobremuestrear</translation>
    </message>
    <message>
        <source>Nearest, bilinear, bed of nails, max unpooling and a transposed convolution on the same input, played together</source>
        <translation>Vecino más cercano, bilineal, cama de clavos, max unpooling y una convolución transpuesta sobre la misma entrada, reproducidos a la vez</translation>
    </message>
    <message>
        <source>&amp;Checkerboard Lab</source>
        <translation>Laboratorio de &amp;tablero de ajedrez</translation>
    </message>
    <message>
        <source>Why a transposed convolution prints a checkerboard: overlap counts and a photo</source>
        <translation>Por qué una convolución transpuesta imprime un tablero de ajedrez: recuentos de solapamiento y una foto</translation>
    </message>
    <message>
        <source>Shape E&amp;xplorer</source>
        <translation>E&amp;xplorador de formas</translation>
    </message>
    <message>
        <source>Output size against input size, stride or padding in PyTorch and Keras</source>
        <translation>Tamaño de salida frente a tamaño de entrada, paso (stride) o relleno en PyTorch y Keras</translation>
    </message>
    <message>
        <source>Framework &amp;Code</source>
        <translation>&amp;Código del framework</translation>
    </message>
    <message>
        <source>The current problem as a PyTorch or Keras script</source>
        <translation>El problema actual como script de PyTorch o Keras</translation>
    </message>
    <message>
        <source>Weight Inspector</source>
        <translation>Inspector de pesos</translation>
    </message>
    <message>
        <source>&amp;Weight Inspector</source>
        <translation>Inspector de &amp;pesos</translation>
    </message>
    <message>
        <source>The weight tensor as kernel tiles, and its layout in PyTorch, Keras, tf.nn and ONNX</source>
        <translation>El tensor de pesos como mosaicos de kernel, y su disposición en PyTorch, Keras, tf.nn y ONNX</translation>
    </message>
    <message>
        <source>Learn to Upsample</source>
        <translation>Aprender a sobremuestrear</translation>
    </message>
    <message>
        <source>&amp;Learn to Upsample</source>
        <translation>&amp;Aprender a sobremuestrear</translation>
    </message>
    <message>
        <source>Transposed convolutions and resize-convolution learn to upsample a picture, live, beside nearest and bilinear</source>
        <translation>Convoluciones transpuestas y una convolución con redimensionado aprenden a sobremuestrear una imagen, en directo, junto a vecino más cercano y bilineal</translation>
    </message>
</context>
<context>
    <name>convstep::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Takes effect when ConvStep starts again</source>
        <translation>Se aplica cuando ConvStep se vuelva a iniciar</translation>
    </message>
    <message>
        <source>Follow the &amp;System (%1)</source>
        <translation>Seguir el &amp;sistema (%1)</translation>
    </message>
    <message>
        <source>ConvStep will start in %1 next time.</source>
        <translation>ConvStep se iniciará en %1 la próxima vez.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
</context>
<context>
    <name>convstep::LearnColumn</name>
    <message>
        <source>%1 (%2 vs fixed)</source>
        <translation>%1 (%2 vs. fijos)</translation>
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
        <translation>Tablero %1</translation>
    </message>
    <message>
        <source>kernel %1×%2</source>
        <translation>kernel de %1×%2</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>solapamiento</translation>
    </message>
</context>
<context>
    <name>convstep::LearnUpsampleLab</name>
    <message>
        <source>&amp;Run</source>
        <translation>Ent&amp;renar</translation>
    </message>
    <message>
        <source>Train all three variants, or pause them (Alt+R)</source>
        <translation>Entrenar las tres variantes, o pausarlas (Alt+R)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Paso</translation>
    </message>
    <message>
        <source>One SGD update of every variant</source>
        <translation>Una actualización de SGD de cada variante</translation>
    </message>
    <message>
        <source>Reset to step &amp;0</source>
        <translation>Volver al paso &amp;0</translation>
    </message>
    <message>
        <source>Back to the initial kernels, step 0</source>
        <translation>Vuelta a los kernels iniciales, paso 0</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>SGD learning rate (momentum 0.9); it applies from the next step</source>
        <translation>Tasa de aprendizaje de SGD (momento 0.9); se aplica a partir del siguiente paso</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Seed of the initial kernels</source>
        <translation>Semilla de los kernels iniciales</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>How many times larger the output is on each side</source>
        <translation>Cuántas veces mayor es la salida en cada lado</translation>
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
        <translation>Cuánto de las imágenes mostrar, alrededor de su centro</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Lab ph&amp;oto</source>
        <translation>F&amp;oto incluida</translation>
    </message>
    <message>
        <source>Train on the built-in photo</source>
        <translation>Entrenar con la foto incluida</translation>
    </message>
    <message>
        <source>&amp;Your image…</source>
        <translation>&amp;Imagen propia…</translation>
    </message>
    <message>
        <source>Train on a picture of your own (grey, at most %1×%1)</source>
        <translation>Entrenar con una imagen propia (en gris, como máximo %1×%1)</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>pérdida (MSE)</translation>
    </message>
    <message>
        <source>Loss of every upsampler by step, log scale</source>
        <translation>Pérdida de cada sobremuestreador por paso, escala logarítmica</translation>
    </message>
    <message>
        <source>checkerboard energy</source>
        <translation>energía de tablero de ajedrez</translation>
    </message>
    <message>
        <source>Checkerboard energy of the learned upsamplers by step</source>
        <translation>Energía de tablero de ajedrez de los sobremuestreadores aprendidos por paso</translation>
    </message>
    <message>
        <source>lab photo</source>
        <translation>foto incluida</translation>
    </message>
    <message>
        <source>Could not open “%1” as an image: %2.</source>
        <translation>No se pudo abrir «%1» como imagen: %2.</translation>
    </message>
    <message>
        <source>“%1” is %2×%3 pixels; the lab needs at least %4×%4.</source>
        <translation>«%1» mide %2×%3 píxeles; el laboratorio necesita al menos %4×%4.</translation>
    </message>
    <message>
        <source>%1 The lab keeps its current picture.</source>
        <translation>%1 El laboratorio conserva su imagen actual.</translation>
    </message>
    <message>
        <source>%1: %2×%3, grey %4×%5</source>
        <translation>%1: %2×%3, en grises a %4×%5</translation>
    </message>
    <message>
        <source>Open an Image</source>
        <translation>Abrir una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause training</source>
        <translation>Pausar el entrenamiento</translation>
    </message>
    <message>
        <source>Run training</source>
        <translation>Ejecutar el entrenamiento</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Resize-conv</source>
        <translation>Redimensión + conv.</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Vecino más cercano</translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation>Bilineal</translation>
    </message>
    <message>
        <source>Transposed k=%1, s=%2</source>
        <translation>Transpuesta k=%1, s=%2</translation>
    </message>
    <message>
        <source>k=%1, s=%2</source>
        <translation>k=%1, s=%2</translation>
    </message>
    <message>
        <source>learned: nearest ×%1, then 3×3 conv</source>
        <translation>aprendido: vecino más cercano ×%1, luego conv. 3×3</translation>
    </message>
    <message>
        <source>fixed, not trained</source>
        <translation>fijo, sin entrenar</translation>
    </message>
    <message>
        <source>learned: even overlap</source>
        <translation>aprendido: solapamiento uniforme</translation>
    </message>
    <message>
        <source>learned: uneven overlap</source>
        <translation>aprendido: solapamiento desigual</translation>
    </message>
    <message>
        <source>Diverged at step %1: lower the learning rate and reset.</source>
        <translation>Divergió en el paso %1: reduzca la tasa de aprendizaje y reinicie.</translation>
    </message>
    <message>
        <source>Checkerboard: the energy of the output&apos;s period-%1 pattern, the mean squared difference between the means of its %1×%1 phases and the picture&apos;s mean. PSNR: against the original picture, in decibels.</source>
        <translation>Tablero de ajedrez: la energía del patrón de periodo %1 de la salida, la diferencia cuadrática media entre las medias de sus %1×%1 fases y la media de la imagen. PSNR: respecto a la imagen original, en decibelios.</translation>
    </message>
    <message>
        <source>original picture</source>
        <translation>imagen original</translation>
    </message>
</context>
<context>
    <name>convstep::LessonBrowser</name>
    <message>
        <source>Worked examples</source>
        <translation>Ejemplos resueltos</translation>
    </message>
    <message>
        <source>Transposed convolution arithmetic</source>
        <translation>Aritmética de la convolución transpuesta</translation>
    </message>
    <message>
        <source>Convolution arithmetic</source>
        <translation>Aritmética de la convolución</translation>
    </message>
    <message>
        <source>Upsampling without weights</source>
        <translation>Sobremuestreo sin pesos</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lessons&lt;/h2&gt;&lt;p&gt;Pick a lesson to watch it step by step. Every lesson can be edited and saved as your own.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lecciones&lt;/h2&gt;&lt;p&gt;Elija una lección para verla paso a paso. Cada lección se puede editar y guardar como propia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>&amp;Open lesson</source>
        <translation>&amp;Abrir lección</translation>
    </message>
    <message>
        <source>Back to the &amp;stage</source>
        <translation>Volver al &amp;escenario</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Laboratorios</translation>
    </message>
    <message>
        <source>Sequences for a class</source>
        <translation>Secuencias para una clase</translation>
    </message>
    <message>
        <source>The built-in lessons and labs, in groups; Enter opens the one chosen</source>
        <translation>Las lecciones y laboratorios incluidos, por grupos; Intro abre el elegido</translation>
    </message>
    <message>
        <source>Open the chosen lesson or lab</source>
        <translation>Abrir la lección o el laboratorio elegido</translation>
    </message>
    <message>
        <source>Leave the list without opening anything</source>
        <translation>Salir de la lista sin abrir nada</translation>
    </message>
    <message>
        <source>Channels and groups</source>
        <translation>Canales y grupos</translation>
    </message>
</context>
<context>
    <name>convstep::LessonDocument</name>
    <message>
        <source>Untitled lesson</source>
        <translation>Lección sin título</translation>
    </message>
    <message>
        <source>Set input %1 to %2</source>
        <translation>Fijar la entrada %1 en %2</translation>
    </message>
    <message>
        <source>Set kernel %1 to %2</source>
        <translation>Fijar el kernel %1 en %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Edit Lesson Properties</source>
        <translation>Editar propiedades de la lección</translation>
    </message>
    <message>
        <source>Edit Upstream Gradient</source>
        <translation>Editar gradiente entrante</translation>
    </message>
</context>
<context>
    <name>convstep::LessonPropertiesDialog</name>
    <message>
        <source>Lesson Properties</source>
        <translation>Propiedades de la lección</translation>
    </message>
    <message>
        <source>&amp;Sequence title:</source>
        <translation>Título de la &amp;secuencia:</translation>
    </message>
    <message>
        <source>Lesson %1 of %2 in the sequence:</source>
        <translation>Lección %1 de %2 en la secuencia:</translation>
    </message>
    <message>
        <source>Shown over the stage and in the window&apos;s title</source>
        <translation>Se muestra sobre el escenario y en el título de la ventana</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>What to look for in this problem; shown in the Explanation</source>
        <translation>Qué observar en este problema; se muestra en la Explicación</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The problem has changed since this note was written. Check that it still holds: OK marks it as up to date.</source>
        <translation>El problema ha cambiado desde que se escribió esta nota. Compruebe que sigue siendo válida: Aceptar la marca como actualizada.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>convstep::MainWindow</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>La&amp;bs</source>
        <translation>La&amp;boratorios</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About ConvStep</source>
        <translation>Acerca de ConvStep</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Edit Cell</source>
        <translation>&amp;Editar celda</translation>
    </message>
    <message>
        <source>&amp;Zero Cell</source>
        <translation>Poner la celda a &amp;cero</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Paso &amp;atrás</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>Paso a&amp;delante</translation>
    </message>
    <message>
        <source>F&amp;irst Step</source>
        <translation>Pr&amp;imer paso</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>Ú&amp;ltimo paso</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>Más le&amp;nto</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>&amp;Más rápido</translation>
    </message>
    <message>
        <source>Pause at Each &amp;Phase</source>
        <translation>Pausa en cada &amp;fase</translation>
    </message>
    <message>
        <source>&amp;Classroom Mode</source>
        <translation>Modo &amp;aula</translation>
    </message>
    <message>
        <source>Leave Classroom Mode</source>
        <translation>Salir del modo aula</translation>
    </message>
    <message>
        <source>&amp;Blank the Stage</source>
        <translation>Escenario en &amp;blanco</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>All &amp;Lessons…</source>
        <translation>Todas las &amp;lecciones…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About ConvStep</source>
        <translation>Acerca &amp;de ConvStep</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>The sliding window shows a convolution; switch the operation in the Problem panel.</source>
        <translation>La ventana deslizante muestra una convolución; cambie la operación en el panel Problema.</translation>
    </message>
    <message>
        <source>This view shows a transposed convolution; switch the operation in the Problem panel.</source>
        <translation>Esta vista muestra una convolución transpuesta; cambie la operación en el panel Problema.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Could not open %1: %2. The default lesson is shown instead.</source>
        <translation>No se pudo abrir %1: %2. En su lugar se muestra la lección predeterminada.</translation>
    </message>
    <message>
        <source>ConvStep did not close cleanly last time. Restore the lesson you were editing (“%1”)?</source>
        <translation>ConvStep no se cerró correctamente la última vez. ¿Restaurar la lección que estaba editando («%1»)?</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>lesson.json</source>
        <translation>lesson.json</translation>
    </message>
    <message>
        <source>ConvStep lessons (*.json)</source>
        <translation>Lecciones de ConvStep (*.json)</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>ConvStep lessons (*.json);;All files (*)</source>
        <translation>Lecciones de ConvStep (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>No se pudo abrir %1:
%2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>&amp;Sliding window</source>
        <translation>&amp;Ventana deslizante</translation>
    </message>
    <message>
        <source>S&amp;catter &amp;&amp; sum</source>
        <translation>&amp;Dispersar &amp;&amp; sumar</translation>
    </message>
    <message>
        <source>&amp;Zero insertion</source>
        <translation>&amp;Inserción de ceros</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Pr&amp;actice</source>
        <translation>Pr&amp;áctica</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>C → Cᵀ</source>
        <translation>C → Cᵀ</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predecir</translation>
    </message>
    <message>
        <source>%1 (lesson %2 of %3)</source>
        <translation>%1 (lección %2 de %3)</translation>
    </message>
    <message>
        <source>The upstream gradient needs a valid convolution.</source>
        <translation>El gradiente entrante necesita una convolución válida.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Shift+arrow keys&lt;/b&gt; on the stage move the cell cursor from cell to cell and from grid to grid.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mayús+flechas&lt;/b&gt; en el escenario mueven el cursor de celda de celda en celda y de cuadrícula en cuadrícula.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂&amp;x</source>
        <translation>Hacia atrás: ∂L/∂&amp;x</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂&amp;W</source>
        <translation>Hacia atrás: ∂L/∂&amp;W</translation>
    </message>
    <message>
        <source>&amp;New Lesson</source>
        <translation>&amp;Nueva lección</translation>
    </message>
    <message>
        <source>&amp;Upstream Gradient ∂L/∂y…</source>
        <translation>&amp;Gradiente entrante ∂L/∂y…</translation>
    </message>
    <message>
        <source>Step Back, or the Previous Lesson&apos;s Last Step</source>
        <translation>Paso atrás, o el último paso de la lección anterior</translation>
    </message>
    <message>
        <source>Step Forward, or the Next Lesson&apos;s First Step</source>
        <translation>Paso adelante, o el primer paso de la lección siguiente</translation>
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
        <translation>Sím&amp;bolos</translation>
    </message>
    <message>
        <source>Symbols: write C with the kernel&apos;s weight names (w₀₀, w₀₁, …) and x, y with indexed names, as the article&apos;s figure does</source>
        <translation>Símbolos: escribir C con los nombres de los pesos del kernel (w₀₀, w₀₁, …) y x, y con nombres indexados, como en la figura del artículo</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>Lesson &amp;Properties…</source>
        <translation>&amp;Propiedades de la lección…</translation>
    </message>
    <message>
        <source>Pre&amp;vious Lesson in the Sequence</source>
        <translation>Lección an&amp;terior de la secuencia</translation>
    </message>
    <message>
        <source>&amp;Next Lesson in the Sequence</source>
        <translation>Lección &amp;siguiente de la secuencia</translation>
    </message>
    <message>
        <source>Classroom narration</source>
        <translation>Narración para el aula</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>Ca&amp;nales</translation>
    </message>
    <message>
        <source>Next Input Channel</source>
        <translation>Canal de entrada siguiente</translation>
    </message>
    <message>
        <source>Previous Input Channel</source>
        <translation>Canal de entrada anterior</translation>
    </message>
    <message>
        <source>Next Output Channel</source>
        <translation>Canal de salida siguiente</translation>
    </message>
    <message>
        <source>Previous Output Channel</source>
        <translation>Canal de salida anterior</translation>
    </message>
</context>
<context>
    <name>convstep::MatrixControls</name>
    <message>
        <source>&amp;Transpose C → Cᵀ</source>
        <translation>&amp;Transponer C → Cᵀ</translation>
    </message>
    <message>
        <source>Transpose: turn C into Cᵀ and replay the transposed convolution as Cᵀ·y (T)</source>
        <translation>Transponer: convertir C en Cᵀ y reproducir la convolución transpuesta como Cᵀ·y (T)</translation>
    </message>
    <message>
        <source>Matrix Explorer</source>
        <translation>Explorador de matrices</translation>
    </message>
    <message>
        <source>No transposed convolution has this C: its &apos;same&apos; padding is uneven, which neither Keras nor PyTorch can crop back.</source>
        <translation>Ninguna convolución transpuesta tiene esta C: su relleno &apos;same&apos; es desigual, y ni Keras ni PyTorch pueden recortarlo.</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>Transponer</translation>
    </message>
    <message>
        <source>Cᵀ·y: the transposed convolution with the same kernel, applied to the output y (Ctrl+Z goes back)</source>
        <translation>Cᵀ·y: la convolución transpuesta con el mismo kernel, aplicada a la salida y (Ctrl+Z vuelve atrás)</translation>
    </message>
    <message>
        <source>C turns into Cᵀ: the transposed convolution is Cᵀ·x</source>
        <translation>C se convierte en Cᵀ: la convolución transpuesta es Cᵀ·x</translation>
    </message>
    <message>
        <source>C is too large to read on the stage: zoom and pan it in the Matrix Explorer (E)</source>
        <translation>C es demasiado grande para leerla en el escenario: amplíela y desplácela en el Explorador de matrices (E)</translation>
    </message>
    <message>
        <source>Transpose turns the matrix C of a convolution or a transposed convolution; %1 has none (its fixed matrix shows in the Matrix view).</source>
        <translation>Transponer convierte la matriz C de una convolución o de una convolución transpuesta; %1 no tiene ninguna (su matriz fija se muestra en la vista Matriz).</translation>
    </message>
</context>
<context>
    <name>convstep::MatrixExplorer</name>
    <message>
        <source>Matrix explorer</source>
        <translation>Explorador de matrices</translation>
    </message>
    <message>
        <source>input index</source>
        <translation>índice de entrada</translation>
    </message>
    <message>
        <source>output index</source>
        <translation>índice de salida</translation>
    </message>
    <message>
        <source>entry (kernel weight)</source>
        <translation>entrada (peso del kernel)</translation>
    </message>
    <message>
        <source>max_unpool2d has no matrix: it is not linear</source>
        <translation>max_unpool2d no tiene matriz: no es lineal</translation>
    </message>
    <message>
        <source>%1: %2 × %3, %4 non-zeros%5</source>
        <translation>%1: %2 × %3, %4 valores no nulos%5</translation>
    </message>
    <message>
        <source>, fixed weights</source>
        <translation>, pesos fijos</translation>
    </message>
</context>
<context>
    <name>convstep::NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>convstep::PairEditor</name>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 columnas</translation>
    </message>
    <message>
        <source>%1: rows (height), then columns (width)</source>
        <translation>%1: filas (alto), luego columnas (ancho)</translation>
    </message>
    <message>
        <source>Link %1 rows and columns</source>
        <translation>Vincular filas y columnas de %1</translation>
    </message>
    <message>
        <source>Link rows and columns: one change sets both</source>
        <translation>Vincular filas y columnas: un cambio fija ambas</translation>
    </message>
    <message>
        <source>%1 is at most %2: %3 is too large</source>
        <translation>%1 es como máximo %2: %3 es demasiado grande</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation>%1 es como mínimo %2</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3</source>
        <translation>%1 admite un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculadas</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>No vinculadas</translation>
    </message>
</context>
<context>
    <name>convstep::PlaybackBar</name>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Follow along</source>
        <translation>Seguir paso a paso</translation>
    </message>
    <message>
        <source>Follow along: pause at each phase boundary (after padding, after zero insertion, before the crop)</source>
        <translation>Seguir paso a paso: pausa en cada límite de fase (tras el relleno, tras la inserción de ceros, antes del recorte)</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Primer paso</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Paso atrás</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Paso adelante</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Sin pasos</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>convstep::PredictBanner</name>
    <message>
        <source>Predict, then press Space</source>
        <translation>Prediga y luego pulse Espacio</translation>
    </message>
</context>
<context>
    <name>convstep::PredictControls</name>
    <message>
        <source>&amp;Predict Mode</source>
        <translation>Modo &amp;predicción</translation>
    </message>
    <message>
        <source>Predict each step before it is revealed, and see why an answer is right or wrong</source>
        <translation>Predecir cada paso antes de que se revele, y ver por qué una respuesta es correcta o incorrecta</translation>
    </message>
    <message>
        <source>&amp;New Exercise</source>
        <translation>&amp;Nuevo ejercicio</translation>
    </message>
    <message>
        <source>A fresh random problem at the chosen level, in predict mode</source>
        <translation>Un problema aleatorio nuevo del nivel elegido, en modo predicción</translation>
    </message>
    <message>
        <source>&amp;Replay a Mistake</source>
        <translation>&amp;Repetir un error</translation>
    </message>
    <message>
        <source>Ask the oldest wrongly answered question again</source>
        <translation>Volver a hacer la pregunta respondida mal más antigua</translation>
    </message>
    <message>
        <source>Show the &amp;Tally</source>
        <translation>Mostrar el re&amp;cuento</translation>
    </message>
    <message>
        <source>Classroom: count the hands for each offered answer (type the counts; arrows move between answers)</source>
        <translation>Aula: contar las manos para cada respuesta ofrecida (escriba los recuentos; las flechas pasan de una respuesta a otra)</translation>
    </message>
    <message>
        <source>Reveal or Go On</source>
        <translation>Revelar o continuar</translation>
    </message>
    <message>
        <source>Classroom: reveal the step the room predicted, then go on (Space)</source>
        <translation>Aula: revelar el paso que predijo la clase y luego continuar (Espacio)</translation>
    </message>
    <message>
        <source>Reveal or Go On (Space)</source>
        <translation>Revelar o continuar (Espacio)</translation>
    </message>
    <message>
        <source>Print &amp;Worksheet…</source>
        <translation>Imprimir &amp;hoja de trabajo…</translation>
    </message>
    <message>
        <source>Random exercises with an answer key, as a printable PDF</source>
        <translation>Ejercicios aleatorios con solucionario, como PDF imprimible</translation>
    </message>
    <message>
        <source>Predict first: this step is told once it plays.</source>
        <translation>Primero prediga: este paso se cuenta cuando se reproduce.</translation>
    </message>
    <message>
        <source>Exercise, level %1</source>
        <translation>Ejercicio, nivel %1</translation>
    </message>
    <message>
        <source>A fresh level-%1 problem (seed %2): predict each step before it plays.</source>
        <translation>Un problema nuevo de nivel %1 (semilla %2): prediga cada paso antes de que se reproduzca.</translation>
    </message>
</context>
<context>
    <name>convstep::PredictPanel</name>
    <message>
        <source>Cell cursor</source>
        <translation>Cursor de celda</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predecir</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Level of new exercises</source>
        <translation>Nivel de los ejercicios nuevos</translation>
    </message>
    <message>
        <source>How hard New Exercise&apos;s problems are: 1 is conv2d by hand, 3 adds dilation, Keras&apos;s &apos;same&apos; and output padding</source>
        <translation>Dificultad de los problemas de Nuevo ejercicio: 1 es conv2d a mano, 3 añade dilatación, el &apos;same&apos; de Keras y relleno de salida</translation>
    </message>
    <message>
        <source>conv2d, stride 1, no padding, inputs up to 5×5</source>
        <translation>conv2d, paso 1, sin relleno, entradas de hasta 5×5</translation>
    </message>
    <message>
        <source>Adds strides, padding and transposed convolutions</source>
        <translation>Añade pasos (stride), relleno y convoluciones transpuestas</translation>
    </message>
    <message>
        <source>Adds dilation, Keras&apos;s &apos;same&apos;, output padding and rectangles</source>
        <translation>Añade dilatación, el &apos;same&apos; de Keras, relleno de salida y rectángulos</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Commit your answer and play the step (Enter)</source>
        <translation>Confirmar la respuesta y reproducir el paso (Intro)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>columnas</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Unpick every cell</source>
        <translation>Desmarcar todas las celdas</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>First row kept</source>
        <translation>Primera fila conservada</translation>
    </message>
    <message>
        <source>Last row kept</source>
        <translation>Última fila conservada</translation>
    </message>
    <message>
        <source>First column kept</source>
        <translation>Primera columna conservada</translation>
    </message>
    <message>
        <source>Last column kept</source>
        <translation>Última columna conservada</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Continuar (Intro)</translation>
    </message>
    <message>
        <source>This lesson: %1 of %2 right · streak %3 · best %4</source>
        <translation>Esta lección: %1 de %2 correctas · racha %3 · mejor %4</translation>
    </message>
    <message>
        <source>No mistakes to replay</source>
        <translation>No hay errores que repetir</translation>
    </message>
    <message>
        <source>1 mistake to replay</source>
        <translation>1 error que repetir</translation>
    </message>
    <message>
        <source>%1 mistakes to replay</source>
        <translation>%1 errores que repetir</translation>
    </message>
    <message>
        <source>1 cell picked</source>
        <translation>1 celda elegida</translation>
    </message>
    <message>
        <source>%1 cells picked</source>
        <translation>%1 celdas elegidas</translation>
    </message>
    <message>
        <source>Cursor %1: arrows move, Space picks</source>
        <translation>Cursor %1: las flechas mueven, Espacio elige</translation>
    </message>
    <message>
        <source>Type a number, such as 7 or −1.5, then press Enter.</source>
        <translation>Escriba un número, como 7 o −1.5, y pulse Intro.</translation>
    </message>
    <message>
        <source>Fill in the rows and the columns, then press Enter.</source>
        <translation>Rellene las filas y las columnas y pulse Intro.</translation>
    </message>
    <message>
        <source>Pick the cells on the stage first: click them, or move with the arrows and press Space.</source>
        <translation>Primero elija las celdas en el escenario: haga clic en ellas, o muévase con las flechas y pulse Espacio.</translation>
    </message>
</context>
<context>
    <name>convstep::PredictSession</name>
    <message>
        <source>Every step has been revealed. Press Enter to start again.</source>
        <translation>Se han revelado todos los pasos. Pulse Intro para empezar de nuevo.</translation>
    </message>
    <message>
        <source>Before the first step: what shape will the output have? Rows × columns.</source>
        <translation>Antes del primer paso: ¿qué forma tendrá la salida? Filas × columnas.</translation>
    </message>
    <message>
        <source>What value goes into output %1?</source>
        <translation>¿Qué valor va en la salida %1?</translation>
    </message>
    <message>
        <source>Input %1 = %2 is scattered next. Which canvas cells will it reach? Pick them on the stage (click, or arrows and Space), then commit.</source>
        <translation>A continuación se dispersa la entrada %1 = %2. ¿A qué celdas del lienzo llegará? Elíjalas en el escenario (clic, o flechas y Espacio) y confirme.</translation>
    </message>
    <message>
        <source>Zeros are inserted between the inputs next. What size will the input be then? Rows × columns.</source>
        <translation>A continuación se insertan ceros entre las entradas. ¿Qué tamaño tendrá entonces la entrada? Filas × columnas.</translation>
    </message>
    <message>
        <source>The zero-inserted input is padded next. How many rows or columns of zeros go on each side (p′)?</source>
        <translation>A continuación se rellena la entrada con ceros insertados. ¿Cuántas filas o columnas de ceros van a cada lado (p′)?</translation>
    </message>
    <message>
        <source>The crop comes next. Which canvas rows and columns stay?</source>
        <translation>A continuación viene el recorte. ¿Qué filas y columnas del lienzo se conservan?</translation>
    </message>
    <message>
        <source>Output padding comes next. Which canvas rows and columns make the output then?</source>
        <translation>A continuación viene el relleno de salida. ¿Qué filas y columnas del lienzo forman entonces la salida?</translation>
    </message>
    <message>
        <source>Nothing to predict in this step.</source>
        <translation>No hay nada que predecir en este paso.</translation>
    </message>
</context>
<context>
    <name>convstep::PredictTally</name>
    <message>
        <source>Tally of hands</source>
        <translation>Recuento de manos</translation>
    </message>
    <message>
        <source>(right)</source>
        <translation>(correcta)</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
</context>
<context>
    <name>convstep::ProblemPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolución</translation>
    </message>
    <message>
        <source>conv2d: slide the kernel over the input</source>
        <translation>conv2d: deslizar el kernel sobre la entrada</translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation>Convolución transpuesta</translation>
    </message>
    <message>
        <source>conv_transpose2d: scatter each input cell through the kernel</source>
        <translation>conv_transpose2d: dispersar cada celda de entrada a través del kernel</translation>
    </message>
    <message>
        <source>Nearest upsampling</source>
        <translation>Vecino más cercano</translation>
    </message>
    <message>
        <source>upsample_nearest: copy each input cell into its scale-sized block</source>
        <translation>upsample_nearest: copiar cada celda de entrada en su bloque del tamaño de la escala</translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation>Sobremuestreo bilineal</translation>
    </message>
    <message>
        <source>upsample_bilinear: blend the inputs around each output cell by closeness</source>
        <translation>upsample_bilinear: mezclar las entradas alrededor de cada celda de salida según su cercanía</translation>
    </message>
    <message>
        <source>Bed of nails</source>
        <translation>Cama de clavos</translation>
    </message>
    <message>
        <source>bed_of_nails: each input cell at the top left of its block, zeros elsewhere</source>
        <translation>bed_of_nails: cada celda de entrada en la esquina superior izquierda de su bloque, ceros en el resto</translation>
    </message>
    <message>
        <source>Max unpooling</source>
        <translation>Max unpooling</translation>
    </message>
    <message>
        <source>max_unpool2d: max-pool blocks of the scale, then put each maximum back in place</source>
        <translation>max_unpool2d: max pooling en bloques del tamaño de la escala, y luego cada máximo de vuelta a su sitio</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Ali&amp;gn corners</source>
        <translation>Alinear es&amp;quinas</translation>
    </message>
    <message>
        <source>Align corners</source>
        <translation>Alinear esquinas</translation>
    </message>
    <message>
        <source>PyTorch&apos;s align_corners: the corner cells of the input and the output line up exactly
Off: half-pixel centres, as PyTorch&apos;s default and Keras&apos;s UpSampling2D</source>
        <translation>align_corners de PyTorch: las celdas de las esquinas de la entrada y de la salida coinciden exactamente
Desactivado: centros de medio píxel, como por defecto en PyTorch y en UpSampling2D de Keras</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Paso (stride)</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatación</translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation>Relleno de salida</translation>
    </message>
    <message>
        <source>Padding mode</source>
        <translation>Modo de relleno</translation>
    </message>
    <message>
        <source>PyTorch: integer</source>
        <translation>PyTorch: entero</translation>
    </message>
    <message>
        <source>padding=(rows, cols) zeros on each side</source>
        <translation>padding=(filas, columnas) ceros a cada lado</translation>
    </message>
    <message>
        <source>Keras: &apos;valid&apos;</source>
        <translation>Keras: &apos;valid&apos;</translation>
    </message>
    <message>
        <source>padding=&apos;valid&apos;: no padding</source>
        <translation>padding=&apos;valid&apos;: sin relleno</translation>
    </message>
    <message>
        <source>Keras: &apos;same&apos;</source>
        <translation>Keras: &apos;same&apos;</translation>
    </message>
    <message>
        <source>padding=&apos;same&apos;: the output size depends only on the input and the stride</source>
        <translation>padding=&apos;same&apos;: el tamaño de salida depende solo de la entrada y del paso</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Sesgo</translation>
    </message>
    <message>
        <source>Operatio&amp;n</source>
        <translation>&amp;Operación</translation>
    </message>
    <message>
        <source>&amp;Input size</source>
        <translation>Tamaño de &amp;entrada</translation>
    </message>
    <message>
        <source>Sc&amp;ale</source>
        <translation>E&amp;scala</translation>
    </message>
    <message>
        <source>&amp;Kernel size</source>
        <translation>Tamaño del &amp;kernel</translation>
    </message>
    <message>
        <source>S&amp;tride</source>
        <translation>&amp;Paso (stride)</translation>
    </message>
    <message>
        <source>Paddin&amp;g</source>
        <translation>Relle&amp;no</translation>
    </message>
    <message>
        <source>Dil&amp;ation</source>
        <translation>Dil&amp;atación</translation>
    </message>
    <message>
        <source>O&amp;utput padding</source>
        <translation>Relleno de sa&amp;lida</translation>
    </message>
    <message>
        <source>Bias ter&amp;m</source>
        <translation>Término de ses&amp;go</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Tamaño de salida</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Keras works the padding out from &apos;valid&apos; or &apos;same&apos;</source>
        <translation>Keras calcula el relleno a partir de &apos;valid&apos; o &apos;same&apos;</translation>
    </message>
    <message>
        <source>Only a transposed convolution has output padding</source>
        <translation>Solo una convolución transpuesta tiene relleno de salida</translation>
    </message>
    <message>
        <source>Fix the error to see the output size</source>
        <translation>Corrija el error para ver el tamaño de salida</translation>
    </message>
    <message>
        <source>Switch to convolution</source>
        <translation>Cambiar a convolución</translation>
    </message>
    <message>
        <source>Switch to transposed convolution</source>
        <translation>Cambiar a convolución transpuesta</translation>
    </message>
    <message>
        <source>Switch to nearest upsampling</source>
        <translation>Cambiar a sobremuestreo por vecino más cercano</translation>
    </message>
    <message>
        <source>Switch to bilinear upsampling</source>
        <translation>Cambiar a sobremuestreo bilineal</translation>
    </message>
    <message>
        <source>Switch to bed of nails</source>
        <translation>Cambiar a cama de clavos</translation>
    </message>
    <message>
        <source>Switch to max unpooling</source>
        <translation>Cambiar a max unpooling</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Llenar</translation>
    </message>
    <message>
        <source>Fill input</source>
        <translation>Rellenar entrada</translation>
    </message>
    <message>
        <source>Fill kernel</source>
        <translation>Rellenar kernel</translation>
    </message>
    <message>
        <source>Fill the input with random integers, ones, 1 to n or zeros</source>
        <translation>Rellenar la entrada con enteros aleatorios, unos, de 1 a n o ceros</translation>
    </message>
    <message>
        <source>Fill the kernel with random integers, ones, 1 to n or zeros</source>
        <translation>Rellenar el kernel con enteros aleatorios, unos, de 1 a n o ceros</translation>
    </message>
    <message>
        <source>&amp;Random integers (%1 to %2)</source>
        <translation>Enteros &amp;aleatorios (de %1 a %2)</translation>
    </message>
    <message>
        <source>&amp;Ones</source>
        <translation>&amp;Unos</translation>
    </message>
    <message>
        <source>&amp;Counting 1, 2, 3, … row by row</source>
        <translation>&amp;Contar 1, 2, 3, … fila por fila</translation>
    </message>
    <message>
        <source>&amp;Zeros</source>
        <translation>Ce&amp;ros</translation>
    </message>
    <message>
        <source>Resize input to %1</source>
        <translation>Cambiar la entrada a %1</translation>
    </message>
    <message>
        <source>Resize kernel to %1</source>
        <translation>Cambiar el kernel a %1</translation>
    </message>
    <message>
        <source>Set stride to %1</source>
        <translation>Fijar el paso en %1</translation>
    </message>
    <message>
        <source>Set padding to %1</source>
        <translation>Fijar el relleno en %1</translation>
    </message>
    <message>
        <source>Set scale to %1</source>
        <translation>Fijar la escala en %1</translation>
    </message>
    <message>
        <source>Set dilation to %1</source>
        <translation>Fijar la dilatación en %1</translation>
    </message>
    <message>
        <source>Set output padding to %1</source>
        <translation>Fijar el relleno de salida en %1</translation>
    </message>
    <message>
        <source>Stop aligning corners</source>
        <translation>Dejar de alinear esquinas</translation>
    </message>
    <message>
        <source>Set bias to %1</source>
        <translation>Fijar el sesgo en %1</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>kernel</translation>
    </message>
    <message>
        <source>Fill %1 with random integers</source>
        <translation>Rellenar %1 con enteros aleatorios</translation>
    </message>
    <message>
        <source>Fill %1 with ones</source>
        <translation>Rellenar %1 con unos</translation>
    </message>
    <message>
        <source>Fill %1 with 1 to %2</source>
        <translation>Rellenar %1 con 1 a %2</translation>
    </message>
    <message>
        <source>Fill %1 with zeros</source>
        <translation>Rellenar %1 con ceros</translation>
    </message>
    <message>
        <source>A convolution, a transposed convolution or one of the upsampling operations</source>
        <translation>Una convolución, una convolución transpuesta o una de las operaciones de sobremuestreo</translation>
    </message>
    <message>
        <source>How the padding is given: PyTorch&apos;s integer, or Keras&apos;s &apos;valid&apos; or &apos;same&apos;</source>
        <translation>Cómo se indica el relleno: el entero de PyTorch, o &apos;valid&apos; o &apos;same&apos; de Keras</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Canales</translation>
    </message>
    <message>
        <source>Predict the output&apos;s shape first</source>
        <translation>Primero prediga la forma de la salida</translation>
    </message>
</context>
<context>
    <name>convstep::ShapeExplorer</name>
    <message>
        <source>Shape explorer</source>
        <translation>Explorador de formas</translation>
    </message>
    <message>
        <source>X axis</source>
        <translation>Eje X</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Tamaño de entrada</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Paso (stride)</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>Output size chart</source>
        <translation>Gráfico del tamaño de salida</translation>
    </message>
    <message>
        <source>output rows</source>
        <translation>filas de salida</translation>
    </message>
    <message>
        <source>Where the conventions differ</source>
        <translation>Dónde difieren las convenciones</translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation>Eje &amp;X:</translation>
    </message>
    <message>
        <source>%1 has no padding conventions to compare: its output is the input times the scale.</source>
        <translation>%1 no tiene convenciones de relleno que comparar: su salida es la entrada multiplicada por la escala.</translation>
    </message>
    <message>
        <source>%1, kernel %2, stride %3, dilation %4, input %5 — rows axis; the dotted line is the current problem</source>
        <translation>%1, kernel %2, paso %3, dilatación %4, entrada %5; eje de filas; la línea de puntos es el problema actual</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where PyTorch and Keras differ&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Dónde difieren PyTorch y Keras&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;The current problem&lt;/h4&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h4&gt;El problema actual&lt;/h4&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>kernel &lt; stride (&apos;valid&apos;)</source>
        <translation>kernel &lt; paso (&apos;valid&apos;)</translation>
    </message>
    <message>
        <source>asymmetric &apos;same&apos;</source>
        <translation>&apos;same&apos; asimétrico</translation>
    </message>
    <message>
        <source>output_padding unset ≠ 0</source>
        <translation>output_padding sin fijar ≠ 0</translation>
    </message>
    <message>
        <source>%1 (rows)</source>
        <translation>%1 (filas)</translation>
    </message>
    <message>
        <source>The setting the chart varies along its x axis</source>
        <translation>El ajuste que el gráfico varía a lo largo de su eje x</translation>
    </message>
    <message>
        <source>The input sizes, strides or paddings where PyTorch and Keras give other shapes</source>
        <translation>Los tamaños de entrada, pasos o rellenos para los que PyTorch y Keras dan formas distintas</translation>
    </message>
</context>
<context>
    <name>convstep::StageWidget</name>
    <message>
        <source>Stage</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Cell value</source>
        <translation>Valor de la celda</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Fit the Stage</source>
        <translation>A&amp;justar el escenario</translation>
    </message>
    <message>
        <source>Type a number, such as 3, -1.5 or 2e-3</source>
        <translation>Escriba un número, como 3, -1.5 o 2e-3</translation>
    </message>
    <message>
        <source>Padding: a zero added around the input</source>
        <translation>Relleno: un cero añadido alrededor de la entrada</translation>
    </message>
    <message>
        <source>Inserted zero (stride − 1 zeros between input cells)</source>
        <translation>Cero insertado (paso − 1 ceros entre las celdas de entrada)</translation>
    </message>
    <message>
        <source>Input %1 = %2
Double-click to edit</source>
        <translation>Entrada %1 = %2
Doble clic para editar</translation>
    </message>
    <message>
        <source>Pooled cell %1: the largest value of its block, and where it came from</source>
        <translation>Celda agrupada %1: el valor más grande de su bloque, y de dónde vino</translation>
    </message>
    <message>
        <source>Kernel %1 = %2</source>
        <translation>Kernel %1 = %2</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>salida %1</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>recortada</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>Salida %1</translation>
    </message>
    <message>
        <source>Canvas cell outside the output</source>
        <translation>Celda del lienzo fuera de la salida</translation>
    </message>
    <message>
        <source>Final value %1</source>
        <translation>Valor final %1</translation>
    </message>
    <message>
        <source>Enter sets the cell to this number; Escape cancels</source>
        <translation>Intro fija la celda en este número; Escape cancela</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Celda %1</translation>
    </message>
    <message numerus="yes">
        <source>%n products so far</source>
        <comment>%n product so far</comment>
        <translation>
            <numerusform>%n producto hasta ahora</numerusform>
            <numerusform>%n productos hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Show input channel %1</source>
        <translation>Mostrar el canal de entrada %1</translation>
    </message>
    <message>
        <source>Show output channel %1</source>
        <translation>Mostrar el canal de salida %1</translation>
    </message>
    <message>
        <source>Show kernel %1</source>
        <translation>Mostrar el kernel %1</translation>
    </message>
</context>
<context>
    <name>convstep::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Paso %1 · %2</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Sin pasos</translation>
    </message>
</context>
<context>
    <name>convstep::UpsamplingLab</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>row %1 has %2 numbers but row 1 has %3</source>
        <translation>la fila %1 tiene %2 números, pero la fila 1 tiene %3</translation>
    </message>
    <message>
        <source>type rows of numbers, e.g. 1 2; 3 4</source>
        <translation>escriba filas de números, p. ej. 1 2; 3 4</translation>
    </message>
    <message>
        <source>Ways to upsample</source>
        <translation>Formas de sobremuestrear</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>The input of all five: rows separated by &apos;;&apos;, numbers by spaces</source>
        <translation>La entrada de los cinco: filas separadas por &apos;;&apos;, números por espacios</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>The factor s: the upsampling ops&apos; scale and the transposed convolution&apos;s stride</source>
        <translation>El factor s: la escala de las operaciones de sobremuestreo y el paso (stride) de la convolución transpuesta</translation>
    </message>
    <message>
        <source>&amp;align_corners</source>
        <translation>&amp;align_corners</translation>
    </message>
    <message>
        <source>Given to nearest and bilinear, as F.interpolate would be: only bilinear accepts it</source>
        <translation>Se pasa a vecino más cercano y bilineal, como lo haría F.interpolate: solo bilineal lo acepta</translation>
    </message>
    <message>
        <source>Learned kernel of the transposed convolution</source>
        <translation>Kernel aprendido de la convolución transpuesta</translation>
    </message>
    <message>
        <source>The transposed convolution&apos;s weights: training would set these</source>
        <translation>Los pesos de la convolución transpuesta: el entrenamiento los fijaría</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <source>&amp;Scale s:</source>
        <translation>E&amp;scala s:</translation>
    </message>
    <message>
        <source>Learned &amp;kernel:</source>
        <translation>&amp;Kernel aprendido:</translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation>entrada: %1</translation>
    </message>
    <message>
        <source>input: this lab shows inputs up to %1×%1; got %2×%3</source>
        <translation>entrada: este laboratorio muestra entradas de hasta %1×%1; se recibió %2×%3</translation>
    </message>
    <message>
        <source>%1 learnable weights</source>
        <translation>%1 pesos aprendibles</translation>
    </message>
    <message>
        <source>No weights: a fixed rule</source>
        <translation>Sin pesos: una regla fija</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>paso %1 de %2</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>Primer paso (Inicio)</translation>
    </message>
    <message>
        <source>Step back (Left)</source>
        <translation>Paso atrás (Izquierda)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>Step forward (Right)</source>
        <translation>Paso adelante (Derecha)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Último paso (Fin)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
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
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>&lt;b&gt;All five have finished.&lt;/b&gt; Nearest, bilinear, bed of nails and max unpooling are fixed rules with nothing to learn; only the transposed convolution has weights, which training sets.</source>
        <translation>&lt;b&gt;Los cinco han terminado.&lt;/b&gt; Vecino más cercano, bilineal, cama de clavos y max unpooling son reglas fijas sin nada que aprender; solo la convolución transpuesta tiene pesos, que fija el entrenamiento.</translation>
    </message>
    <message>
        <source>Play (Space) to watch all five fill in together; each is the same fraction of its own steps.</source>
        <translation>Reproducir (Espacio) para ver cómo se rellenan los cinco a la vez; cada uno avanza la misma fracción de sus propios pasos.</translation>
    </message>
    <message>
        <source>Nearest neighbour</source>
        <translation>Vecino más cercano</translation>
    </message>
    <message>
        <source>Copy each cell into its s×s block.</source>
        <translation>Copiar cada celda en su bloque de s×s.</translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation>Bilineal</translation>
    </message>
    <message>
        <source>Mix the nearest input cells, weighted by how close each one is.</source>
        <translation>Mezclar las celdas de entrada más cercanas, ponderadas según su cercanía.</translation>
    </message>
    <message>
        <source>Bed of nails</source>
        <translation>Cama de clavos</translation>
    </message>
    <message>
        <source>Put each cell in its block&apos;s top-left corner; zeros elsewhere.</source>
        <translation>Poner cada celda en la esquina superior izquierda de su bloque; ceros en el resto.</translation>
    </message>
    <message>
        <source>Max unpooling</source>
        <translation>Max unpooling</translation>
    </message>
    <message>
        <source>Max-pool s×s blocks, then put each maximum back where it was; zeros elsewhere.</source>
        <translation>Max pooling en bloques de s×s, y luego cada máximo de vuelta a donde estaba; ceros en el resto.</translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation>Convolución transpuesta</translation>
    </message>
    <message>
        <source>Scatter each cell times the kernel at stride s; sum where copies overlap.</source>
        <translation>Dispersar cada celda multiplicada por el kernel con paso s; sumar donde las copias se solapan.</translation>
    </message>
    <message>
        <source>How far the five methods have got</source>
        <translation>Cuánto han avanzado los cinco métodos</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
</context>
<context>
    <name>convstep::UpsamplingView</name>
    <message>
        <source>Ways to upsample: five methods on the same input</source>
        <translation>Formas de sobremuestrear: cinco métodos sobre la misma entrada</translation>
    </message>
</context>
<context>
    <name>convstep::UpstreamDialog</name>
    <message>
        <source>Upstream Gradient ∂L/∂y</source>
        <translation>Gradiente entrante ∂L/∂y</translation>
    </message>
    <message>
        <source>The backward views start from g = ∂L/∂y, one number per output cell (%1). All ones is the gradient of L = the sum of the outputs; any other g weighs each output&apos;s share of the loss.</source>
        <translation>Las vistas hacia atrás parten de g = ∂L/∂y, un número por celda de salida (%1). Todo unos es el gradiente de L = la suma de las salidas; cualquier otro g pondera la parte de cada salida en la pérdida.</translation>
    </message>
    <message>
        <source>Upstream gradient</source>
        <translation>Gradiente entrante (upstream)</translation>
    </message>
    <message>
        <source>All &amp;Ones</source>
        <translation>Todo &amp;unos</translation>
    </message>
    <message>
        <source>Cell %1 is not a number; type one, such as 1, -0.5 or 2e-3.</source>
        <translation>La celda %1 no es un número; escriba uno, como 1, -0.5 o 2e-3.</translation>
    </message>
</context>
<context>
    <name>convstep::WeightAxesView</name>
    <message>
        <source>Weight axes</source>
        <translation>Ejes de los pesos</translation>
    </message>
    <message>
        <source>axis %1</source>
        <translation>eje %1</translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation>forma %1</translation>
    </message>
</context>
<context>
    <name>convstep::WeightInspector</name>
    <message>
        <source>Weight tensor inspector</source>
        <translation>Inspector del tensor de pesos</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>The framework whose weight layout to show: the axes slide into its order and its shape is printed</source>
        <translation>El framework cuya disposición de pesos mostrar: los ejes se desplazan a su orden y se imprime su forma</translation>
    </message>
    <message>
        <source>A weight&apos;s shape to check</source>
        <translation>La forma de un peso que comprobar</translation>
    </message>
    <message>
        <source>e.g. 3, 3, 3, 2</source>
        <translation>p. ej. 3, 3, 3, 2</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposición:</translation>
    </message>
    <message>
        <source>Load a weight of &amp;shape:</source>
        <translation>Cargar un peso de &amp;forma:</translation>
    </message>
    <message>
        <source>An upsampling op has no weight.</source>
        <translation>Una operación de sobremuestreo no tiene pesos.</translation>
    </message>
    <message>
        <source>%1 is %2 = %3</source>
        <translation>%1 es %2 = %3</translation>
    </message>
    <message>
        <source>The same order as PyTorch&apos;s.</source>
        <translation>El mismo orden que en PyTorch.</translation>
    </message>
    <message>
        <source>From PyTorch&apos;s %1: permute(%2); back: permute(%3).</source>
        <translation>Desde %1 de PyTorch: permute(%2); de vuelta: permute(%3).</translation>
    </message>
    <message>
        <source>This step uses no kernel; the tiles of the steps that do are outlined as they come.</source>
        <translation>Este paso no usa ningún kernel; los mosaicos de los pasos que sí lo usan se resaltan a medida que llegan.</translation>
    </message>
    <message>
        <source>One channel in, one out: the weight is the one kernel.</source>
        <translation>Un canal de entrada, uno de salida: el peso es el único kernel.</translation>
    </message>
    <message>
        <source>This step uses 1 kernel: %1.</source>
        <translation>Este paso usa 1 kernel: %1.</translation>
    </message>
    <message>
        <source>This step uses %1 kernels: %2.</source>
        <translation>Este paso usa %1 kernels: %2.</translation>
    </message>
    <message>
        <source>Type the shape of a weight you want to load (four numbers), and the inspector says whose layout it is.</source>
        <translation>Escriba la forma de un peso que quiera cargar (cuatro números), y el inspector dirá de qué disposición es.</translation>
    </message>
    <message numerus="yes">
        <source>A convolution&apos;s weight has four axes; %1 has %n.</source>
        <comment>A convolution&apos;s weight has four axes; %1 has %n.</comment>
        <translation>
            <numerusform>El peso de una convolución tiene cuatro ejes; %1 tiene %n.</numerusform>
            <numerusform>El peso de una convolución tiene cuatro ejes; %1 tiene %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convstep::WeightTilesView</name>
    <message>
        <source>Weight tiles</source>
        <translation>Mosaicos de pesos</translation>
    </message>
    <message>
        <source>%1 output channels by %2 input channels, %3 groups</source>
        <translation>%1 canales de salida por %2 canales de entrada, %3 grupos</translation>
    </message>
    <message>
        <source>%1: output channel %2 from input channel %3</source>
        <translation>%1: canal de salida %2 desde el canal de entrada %3</translation>
    </message>
    <message>
        <source>An upsampling op has no weight.</source>
        <translation>Una operación de sobremuestreo no tiene pesos.</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>sal. %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>ent. %1</translation>
    </message>
</context>
<context>
    <name>convstep::WorksheetDialog</name>
    <message>
        <source>Print Worksheet</source>
        <translation>Imprimir hoja de trabajo</translation>
    </message>
    <message>
        <source>The same seed and options give the same exercises, here and in convstep-cli worksheet</source>
        <translation>La misma semilla y las mismas opciones dan los mismos ejercicios, aquí y en convstep-cli worksheet</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>&amp;Exercises:</source>
        <translation>&amp;Ejercicios:</translation>
    </message>
    <message>
        <source>1 — conv2d, stride 1, no padding</source>
        <translation>1 — conv2d, paso 1, sin relleno</translation>
    </message>
    <message>
        <source>2 — strides, padding, transposed convolutions</source>
        <translation>2 — pasos (stride), relleno, convoluciones transpuestas</translation>
    </message>
    <message>
        <source>3 — dilation, Keras &apos;same&apos;, output padding, rectangles</source>
        <translation>3 — dilatación, &apos;same&apos; de Keras, relleno de salida, rectángulos</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Valores</translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation>&amp;Alcance</translation>
    </message>
    <message>
        <source>S&amp;hapes</source>
        <translation>&amp;Formas</translation>
    </message>
    <message>
        <source>Re&amp;cipes</source>
        <translation>Re&amp;cetas</translation>
    </message>
    <message>
        <source>The value of an output cell</source>
        <translation>El valor de una celda de salida</translation>
    </message>
    <message>
        <source>The output cells an input of a transposed convolution reaches</source>
        <translation>Las celdas de salida que alcanza una entrada de una convolución transpuesta</translation>
    </message>
    <message>
        <source>The output&apos;s shape</source>
        <translation>La forma de la salida</translation>
    </message>
    <message>
        <source>A transposed convolution as zero insertion, padding and a stride-1 convolution</source>
        <translation>Una convolución transpuesta como inserción de ceros, relleno y una convolución de paso 1</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Tipos:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>Escribir &amp;PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type a seed: a whole number such as 1.</source>
        <translation>Escriba una semilla: un número entero como 1.</translation>
    </message>
    <message>
        <source>Tick at least one kind of exercise.</source>
        <translation>Marque al menos un tipo de ejercicio.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>Save Worksheet</source>
        <translation>Guardar hoja de trabajo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>¿Reemplazar?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Not written: “%1” already exists.</source>
        <translation>No se escribió: «%1» ya existe.</translation>
    </message>
    <message>
        <source>Level %1 · seed %2 · %3</source>
        <translation>Nivel %1 · semilla %2 · %3</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 ejercicios</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Wrote %1 — %2, %3</source>
        <translation>Se escribió %1: %2, %3</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>No se escribió: %1</translation>
    </message>
    <message>
        <source>Stop Writing?</source>
        <translation>¿Detener la escritura?</translation>
    </message>
    <message>
        <source>The worksheet is being written. Stop and close? Nothing will be written.</source>
        <translation>Se está escribiendo la hoja de trabajo. ¿Detener y cerrar? No se escribirá nada.</translation>
    </message>
    <message>
        <source>worksheet.pdf</source>
        <translation>worksheet.pdf</translation>
    </message>
</context>
</TS>
