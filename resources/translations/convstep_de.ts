<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;ConvStep %1&lt;/h3&gt;&lt;p&gt;Convolution and transposed convolution, animated step by step.&lt;/p&gt;&lt;p&gt;Results follow PyTorch for integer padding and Keras for &apos;valid&apos; and &apos;same&apos;.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calculation</name>
    <message>
        <source>%1 × K → rows %2, columns %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → rows %2, columns %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; 0 → the other %n cells</source>
        <comment>%1; 0 → the other %n cell</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Output %1 = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(the %1 values) = %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(%1) = %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every cell + %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+ %1 more products = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 products = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every cell of output channel c + bias[c]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct, zero-insertion, matrix, backward-input or backward-kernel (default: the lesson&apos;s view, else direct).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view must be direct, zero-insertion, matrix, backward-input or backward-kernel, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem JSON file, - for stdin, or a lesson id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints every step of a problem in one view as JSON (docs/formats.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a lesson&apos;s steps as readable text (default: the built-in default lesson).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson or problem JSON file, - for stdin, or a lesson id (see &apos;lessons&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the built-in lessons: id and title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;lessons&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a Python script that reproduces a problem in PyTorch or Keras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pytorch or keras (default: pytorch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--framework must be pytorch or keras, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed, 0 to 18446744073709551615 (default 1): the same seed and options give the same exercises on every machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of exercises, 1 to %1 (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (conv2d, stride 1, no padding, up to 5×5), 2 (strides, padding, transposed) or 3 (dilation, Keras &apos;same&apos;, output padding, rectangles); default 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated: value, reach, shape, recipe (default: every kind the level has; level 1 has no reach or recipe). The exercises take them in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level must be 1, 2 or 3, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kinds must name at least one of value, reach, shape and recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kinds: unknown kind &quot;%1&quot;; the kinds are value, reach, shape and recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints random exercises, one JSON object per line: {&quot;kind&quot;, &quot;problem&quot;, &quot;question&quot;, &quot;answer&quot;} (docs/formats.md). Small integers only, for working by hand.
Example: convstep-cli exercises --seed 7 --count 4 --level 3 --kinds value,reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file, or folder for png/svg frames (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gif, mp4, webm, png, svg or pdf (default: from the output&apos;s extension, else gif).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame size in pixels, WIDTHxHEIGHT (default 800x600; even for video).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per second, 1 to 60 (default 2: one step per frame; with --smooth 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark or contrast (default light).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to export, 1-based and inclusive as the program shows them (&quot;Step 7 of 16&quot;): FROM:TO, FROM:, :TO or one step N (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-between frames: each step glides for half a second, then rests for half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra seconds on the first and the last frame (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf: steps per page, 1 to 16, in a grid (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarge the stage&apos;s text, 0.5 to 3 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing output file, or a folder of earlier frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the narration and arithmetic under the grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print nothing on success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the output: -o PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be gif, mp4, webm, png, svg or pdf, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fps must be a whole number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be light, dark or contrast, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-page must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n pages, %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n frames, %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson or problem JSON file, - for stdin, or a lesson id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the lesson (a file, - for stdin, or a lesson id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one lesson, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports every built-in lesson into one folder (created when missing), each named after its id: &lt;id&gt;.gif, or a folder &lt;id&gt;/ of frames. Takes export&apos;s options except --steps; a lesson that cannot be shown in --view uses its own view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;gallery&apos; takes no lesson; it exports every built-in lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--upstream applies only to the backward views (backward-input, backward-kernel), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the problem and --upstream cannot both be - (standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints {&quot;grad_bias&quot;: b, &quot;grad_input&quot;: [[…]], &quot;grad_kernel&quot;: [[…]]}: the gradient of L through a conv2d or conv_transpose2d, given ∂L/∂y (default all ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grad applies to conv2d and conv_transpose2d; %1 has no kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the problem file (use - for stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one problem file, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvStep on the command line: convolution, transposed convolution and upsampling, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the output grid as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every step as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the gradient of the input, kernel and bias as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train a learned upsampler; print the loss of every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every step as readable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the built-in lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a Python script reproducing the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print random exercises with answers, one JSON per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an animation (gif, mp4, webm), frames (png, svg) or a pdf handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export every built-in lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same exercises as a printable PDF with an answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;convstep-cli COMMAND --help&apos; for a command&apos;s options. Exit status: 0 success, 1 a file could not be read or written, 2 a usage error or an invalid problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language: en, de, es or zh_CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be en, de, es or zh_CN, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages and the help: en, de, es or zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command; try &apos;convstep-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;convstep-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, scale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, scale %2, align_corners %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stride %2, dilation %3, padding %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, output_padding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, bias %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream gradient ∂L/∂y</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>View: %1, %n steps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2 [%3] %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains a transposed convolution or a resize-convolution to upsample the block means of an image back to the image (SGD on the mean squared error, float64). Prints {&quot;loss&quot;: L, &quot;step&quot;: n} for n = 0 … steps, then {&quot;bias&quot;, &quot;kernel&quot;, &quot;output&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training spec JSON file (docs/formats.md), or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the training spec file (use - for stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one spec file, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss is no longer finite after %1 steps: learning_rate %2 is too large for this image and kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the exercises &apos;exercises&apos; prints for the same options as a printable A4 PDF: each question with its grids and an empty answer box, then an answer key. The file appears only when complete.
Example: convstep-cli worksheet --level 1 -o sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the output: -o FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvStep worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 · seed %2 · 1 exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Level %1 · seed %2 · %n exercises</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Prints {&quot;output&quot;: [[…]], &quot;output_shape&quot;: [H, W]} for a problem; with channels [C][H][W] and [C, H, W].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only every n-th of those steps, counted from the first, and the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first and the last step of each phase (pad, slide, crop, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the finished state (the last step) as one PNG file: -o NAME.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix view: write C with the kernel&apos;s weight names (w₀₀, w₀₁, …) and x, y with indexed names (x₀, y₀, …) instead of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every, --phases and --final each choose the steps; give one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every must be a whole number of steps, 1 or more, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports a lesson&apos;s steps as an animated GIF, an MP4 or WebM video, a folder of PNG or SVG frames (frame-0001.png, …) or a PDF handout. Every frame is the stage as the program draws it. The output appears only when complete. The backward views start from --upstream FILE, else the lesson&apos;s &quot;upstream&quot;, else all ones.
Example: convstep-cli export article-convolution -o conv.gif --steps 1:4 --smooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file {&quot;upstream&quot;: [[…]]}: ∂L/∂y, shaped like the output, for the gradient (default: the lesson&apos;s &quot;upstream&quot;, else all ones, L = the sum of the outputs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grad differentiates a problem of one channel; this one has channel axes (a 3-D input or a 4-D kernel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>stride %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dilation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding &apos;%1&apos; (Keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output padding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1: what is output cell %2? Rows and columns count from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1: which output cells receive a product of input cell %2? Rows and columns count from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1: what is the output&apos;s shape, rows × columns?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1: rewrite it as a stride-1 convolution with the kernel turned 180°. How many zeros go between neighbouring input rows, and between columns? How many rows or columns of zeros pad the top, bottom, left and right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level must be 1, 2 or 3, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count must be 1 to %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kinds lists %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kinds: %1 is about transposed convolutions, which level %2 does not have (use level 2 or 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) of the %3 input with the %4 kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1 reaches no output cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1 reaches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output shape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>insert %n zeros between rows and %1 between columns; pad top %2, bottom %3, left %4, right %5</source>
        <comment>insert %n zero between rows and %1 between columns; pad top %2, bottom %3, left %4, right %5</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, such as 800x600, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: each side must be %1 to %2 pixels, got %3x%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps must be FROM:TO (1-based, both included), FROM:, :TO or one step number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps counts from 1, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps: FROM must not be after TO, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps %1:%2 is outside the lesson&apos;s steps 1:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output path (-o PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: each side must be %1 to %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fps must be 1 to %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hold must be 0 to %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-page must be 1 to %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font scale must be 0.5 to 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an even width and height (yuv420p), got %2x%3; try %4x%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reopen %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists (use --overwrite to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to commit for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1 is not empty (use --overwrite to replace its frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1 holds files other than frames; not replacing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the GIF (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the GIF header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the GIF loop extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF frame of the wrong size or format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write GIF frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GIF was never started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the GIF (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · input %2 · kernel %3 · stride %4 · dilation %5 · padding %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · output padding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · bias %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvStep lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) follow, %1 to a page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuv420p video needs an even width and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the %1 container: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 encoder in this FFmpeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the %1 encoder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the colour conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video frame of the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video was never started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <comment>an exercise asking for an output value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach</source>
        <comment>an exercise asking which outputs an input reaches</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape</source>
        <comment>an exercise asking for the output shape</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe</source>
        <comment>an exercise asking for the zero-insertion recipe</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each answer in its box. Rows and columns count from 0, top left; a kernel is used as PyTorch and Keras use it. The answer key follows the last exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <comment>an answer key line: number, kind, answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvStep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvStep worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every must be at least 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--final writes one PNG file, not %1: use -o NAME.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--final writes one picture of the last step; leave out --smooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video export needs FFmpeg&apos;s lib%1 (version %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this FFmpeg has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View: %1 · steps %2 to %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>an ordinal number: the 2nd</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 step, and the last</source>
        <extracomment>%1 is an ordinal number as the language writes it: &quot;2nd&quot;, &quot;2.&quot;, &quot;第2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first and the last step of each phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>%1; crop %2 in total: %3 before, %4 after (TensorFlow puts the odd one after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; padding %2 in total: %3 before, %4 after (TensorFlow puts the odd one after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; crop %2 in total: %3 before, %4 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; padding %2 in total: %3 before, %4 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; nothing to crop: the canvas is only %2 long, so %n zeros are added after</source>
        <comment>%1; nothing to crop: the canvas is only %2 long, so %n zero is added after</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>pooled ⌊i/s⌋ = ⌊%1/%2⌋ = %3, output o = pooled·s = %3·%2 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows: %1
columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Language: en, de, es or zh_CN (default: as chosen in View → Language, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution and transposed convolution, animated step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens LESSON (a lesson or problem JSON file), or the last lesson, or the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convstep: --lang must be en, de, es or zh_CN, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>is missing; the file must be {&quot;upstream&quot;: [[…]]}, a grid shaped like the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the 16 MiB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer or a [rows, cols] pair, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of equally long rows of numbers, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 1 to %1 rows, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 1 to %1 columns, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of equally long rows of numbers; row %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows must be equally long; row %1 has %2 values, row 0 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values must be finite numbers; row %1, column %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the 16 MiB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value (a number, &quot;text&quot;, true, false, null, a [list] or an {object})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: it holds only spaces and line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before an object is closed: a } is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name in &quot;double quotes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma or } after the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colon (:) after the field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before a list is closed: a ] is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma or ] after the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma between the values of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ at the start of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of a number, or just after one where a closing ] or } should follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number JSON can hold: write numbers such as 2, -0.5 or 1e3 (no NaN, infinity or leading +, and at most about 1.8e308)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash in a string starts an escape JSON does not know (\u needs four hexadecimal digits; write \\ for a backslash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string holds bytes that are not UTF-8 text; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a string: a closing &quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the comma (JSON allows no comma before a closing } or ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists and objects are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found %1 after the end of the document; a file holds one {…} object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; a problem needs &quot;op&quot;, &quot;input&quot; and &quot;kernel&quot; (an upsampling op: &quot;scale&quot; instead of &quot;kernel&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of languages such as {&quot;de&quot;: {&quot;title&quot;: &quot;…&quot;, &quot;note&quot;: &quot;…&quot;}}, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a language code such as &quot;de&quot; or &quot;zh_CN&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with a &quot;title&quot; and a &quot;note&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;valid&quot;, &quot;same&quot;, an integer or a [rows, cols] pair, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;conv2d&quot;, &quot;conv_transpose2d&quot;, &quot;upsample_nearest&quot;, &quot;upsample_bilinear&quot;, &quot;bed_of_nails&quot; or &quot;max_unpool2d&quot;, got %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply to %1, which has no kernel; an upsampling op takes only &quot;input&quot; and &quot;scale&quot; (and &quot;align_corners&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply to %1, which has no kernel; an upsampling op takes only &quot;input&quot; and &quot;scale&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply to %1; an upsampling op takes only &quot;input&quot; and &quot;scale&quot; (and &quot;align_corners&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply to %1; an upsampling op takes only &quot;input&quot; and &quot;scale&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; %1 needs &quot;scale&quot;: 1 to %2, or [rows, cols]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only to the upsampling ops (upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only to upsample_bilinear, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;transposed&quot; or &quot;resize-conv&quot;, got %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; a training spec needs &quot;image&quot;, &quot;scale&quot;, &quot;model&quot;, &quot;kernel&quot;, &quot;learning_rate&quot; and &quot;steps&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only to the &quot;transposed&quot; model; &quot;resize-conv&quot; pads &apos;same&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 1 to %1 channels, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 1 to %1 kernels in a row, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel [%1, %2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a 2-D grid [kh][kw] or a 4-D weight (conv2d [C_out][C_in/groups][kh][kw], conv_transpose2d [C_in][C_out/groups][kh][kw])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a 2-D grid [H][W] or a 3-D array [C_in][H][W], got a %1-D array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, got a %2-D array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight&apos;s first axis must have 1 to %1 channels, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; row %2 of the weight is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight&apos;s rows must hold equally many kernels; row %1 has %2, row 0 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list must have 1 to %1 numbers, one per output channel, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be finite numbers; entry %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 characters; a %2 may hold at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be convolved with the kernel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its convolution with the kernel is %1, but the input is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its convolution with the kernel gives %1 at row %2, column %3, where the input has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;direct&quot;, &quot;zero-insertion&quot;, &quot;matrix&quot;, &quot;backward-input&quot; or &quot;backward-kernel&quot;, got %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only to conv2d and conv_transpose2d: %1 has no kernel to differentiate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only to conv_transpose2d, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only to a problem of one channel in and one out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs inside the lessons of the sequence; a file holds one problem or a &quot;sequence&quot; of them, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of lessons, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 lessons; a sequence may hold at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a lesson object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson of a sequence cannot hold a sequence itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>x[%1] = input %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y[%1] = output %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: input %1 is outside the window of output %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, kernel %2
output %3 += kernel %2 · input %4 = %1 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: output %2 does not read input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a fixed weight (nothing learns it)
output %2 += %1 · input %3 = %1 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>Padding zeros are not inputs: drop the gradient that landed on them, %1 from the top, %2 from the bottom, %3 from the left and %4 from the right, leaving ∂L/∂x, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply ∂L/∂y %1 = %2 by every kernel weight and add the products into rows %3, columns %4 of the gradient of the padded input (%5): the cells this output&apos;s window read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply ∂L/∂y %1 = %2 by every kernel weight and add the products into rows %3, columns %4 of ∂L/∂x: the cells this output&apos;s window read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward through conv2d, ∂L/∂x = Cᵀ·∂L/∂y: the transposed convolution of ∂L/∂y with the same kernel, scatter and sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of ∂L/∂y&apos;s canvas, where input %3 scattered to, multiply each pair and add them: ∂L/∂x %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of ∂L/∂y, where input %3 scattered to, multiply each pair and add them: ∂L/∂x %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward through conv_transpose2d, ∂L/∂x = C·∂L/∂y: an ordinary convolution of ∂L/∂y with the same kernel, stride and dilation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel element %1 met the padded input at rows %2, columns %3 (one cell per output): multiply each by ∂L/∂y of its output and add them: ∂L/∂W %1 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel element %1 met the input at rows %2, columns %3 (one cell per output): multiply each by ∂L/∂y of its output and add them: ∂L/∂W %1 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂W is the input correlated with ∂L/∂y: each weight&apos;s gradient adds, over every output, the input value it multiplied times that output&apos;s gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel element %1 carried the inputs to rows %2, columns %3 of ∂L/∂y&apos;s canvas: multiply each ∂L/∂y there by its input and add them: ∂L/∂W %1 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel element %1 carried the inputs to rows %2, columns %3 of ∂L/∂y: multiply each ∂L/∂y there by its input and add them: ∂L/∂W %1 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂W correlates ∂L/∂y with the input: each weight&apos;s gradient adds, over every input cell, the input value times ∂L/∂y where the weight carried it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of Cᵀ (column %1 of C) has %n non-zeros; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</source>
        <comment>Row %1 of Cᵀ (column %1 of C) has %n non-zero; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of Cᵀ (column %1 of C) has %n non-zeros; its dot product with the flattened input gives output %2 = %3.</source>
        <comment>Row %1 of Cᵀ (column %1 of C) has %n non-zero; its dot product with the flattened input gives output %2 = %3.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of C has %n non-zeros; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</source>
        <comment>Row %1 of C has %n non-zero; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of C has %n non-zeros; its dot product with the flattened input gives output %2 = %3.</source>
        <comment>Row %1 of C has %n non-zero; its dot product with the flattened input gives output %2 = %3.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;same&apos; padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop for %1: remove %2 from the top, %3 from the bottom, %4 from the left and %5 from the right (the odd one comes off the bottom/right), leaving %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop for %1: remove %2 from the top, %3 from the bottom, %4 from the left and %5 from the right, leaving %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the bottom and %2 at the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output_padding adds %1, making the output %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras makes the output input × stride: add %1, making the output %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; they take back canvas values the crop removed.</source>
        <comment>%1; it takes back canvas values the crop removed.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the canvas has nothing there, so they hold zeros.</source>
        <comment>%1; the canvas has nothing there, so it holds zeros.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 take back canvas values the crop removed</source>
        <comment>%1 takes back canvas values the crop removed</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lie past the canvas and hold zeros</source>
        <comment>%1 lies past the canvas and holds zeros</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2, and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the bias %1 to each of the %2 output cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply input %1 = %2 by every kernel weight and add the products into rows %3, columns %4 of the %5 canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad the %1 input with zeros: %2 above and below, %3 left and right, making it %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad the %1 input with zeros: %2 above, %3 below, %4 left and %5 right (the odd extra zero goes after), making it %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the padded input, multiply each pair and add them and the bias %5: output %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the padded input, multiply each pair and add them: output %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the input, multiply each pair and add them and the bias %5: output %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the input, multiply each pair and add them: output %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1, columns %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Place input %1 = %2 at output %3, the top-left of its block (%4); the other %n cells of its %5 block stay 0.</source>
        <comment>Place input %1 = %2 at output %3, the top-left of its block (%4); the other %n cell of its %5 block stay 0.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Place input %1 = %2 at output %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy input %1 = %2 into output %3: it is the nearest input of each of those %n cells.</source>
        <comment>Copy input %1 = %2 into output %3: it is the nearest input of each of those %n cell.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>half-pixel centres: (o + 0.5)/s − 0.5, at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output %1 samples the input at row %2, column %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it lands on input %2 and copies it: output %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it blends the %2 inputs around that point, each weighted by its closeness: output %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_pool2d leaves out the input&apos;s last %1: no whole block fits there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pool input %1: the largest of its %n values is %2 at input %3 (the first of equal maxima in row-major order); pooled %4 = %2 remembers that position.</source>
        <comment>Pool input %1: the largest of its %n value is %2 at input %3 (the first of equal maxima in row-major order); pooled %4 = %2 remembers that position.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pool input %1: the largest of its %n values is %2 at input %3; pooled %4 = %2 remembers that position.</source>
        <comment>Pool input %1: the largest of its %n value is %2 at input %3; pooled %4 = %2 remembers that position.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpool pooled %1 = %2 back to output %3, where its maximum came from; the other %n cells of its %4 block (%5) get 0.</source>
        <comment>Unpool pooled %1 = %2 back to output %3, where its maximum came from; the other %n cell of its %4 block (%5) get 0.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unpool pooled %1 = %2 back to output %3, where its maximum came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put ∂L/∂y (%1) back where the forward pass wrote the output, on the %2 scatter canvas, with zeros where the crop cut it (%3 above, %4 below, %5 on the left, %6 on the right): those cells never reached the output, so their gradient is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last %1 and %2 of ∂L/∂y lie past the scattered canvas: no input reached them, so they pass no gradient back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Insert %n zeros between neighbouring rows and %1 between neighbouring columns (stride − 1), turning the %2 input into %3.</source>
        <comment>Insert %n zero between neighbouring rows and %1 between neighbouring columns (stride − 1), turning the %2 input into %3.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>d(k−1) − padding per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d(k−1) minus the &apos;same&apos; crop, whose odd part is at the bottom/right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d(k−1) minus the &apos;same&apos; crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d(k−1) per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, plus output_padding at the bottom/right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, plus the zeros Keras&apos;s output size adds at the bottom/right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad with zeros: %1, %2, %3 and %4 (%5), making it %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1 above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1 below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1 on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1 on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the kernel by 180° (flip it top to bottom and left to right): the transposed convolution is now an ordinary stride-1 convolution with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the rotated kernel on rows %1, columns %2 and add the products and the bias %5: output %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the rotated kernel on rows %1, columns %2 and add the products: output %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>input channels %1</source>
        <comment>input channel %1</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>output channels %1</source>
        <comment>output channel %1</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>padded input channels %1</source>
        <comment>padded input channel %1</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>zero-inserted input channels %1</source>
        <comment>zero-inserted input channel %1</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kernels %1</source>
        <comment>kernel %1</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (group %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cᵀ (column %1 of C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zeros with the flattened input, plus the bias %8, gives output %6 = %7.</source>
        <comment>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zero with the flattened input, plus the bias %8, gives output %6 = %7.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zeros with the flattened input gives output %6 = %7.</source>
        <comment>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zero with the flattened input gives output %6 = %7.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products and the bias %9: output %7 = %8.</source>
        <comment>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product and the bias %9: output %7 = %8.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products: output %7 = %8.</source>
        <comment>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product: output %7 = %8.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products and the bias %9: output %7 = %8.</source>
        <comment>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product and the bias %9: output %7 = %8.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products: output %7 = %8.</source>
        <comment>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product: output %7 = %8.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Multiply input %1 = %2 by every weight of %3 and add the products into rows %4, columns %5 of the %6 canvas of %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add the bias %1 to each of the %n output channels&apos; %2 cells.</source>
        <comment>Add the bias %1 to each of the %n output channel&apos;s %2 cells.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add each output channel&apos;s bias to its %1 cells: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In each of the %n kernels: %1</source>
        <comment>In each of the %n kernel: %1</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In each of the %n output channels: %1</source>
        <comment>In each of the %n output channel: %1</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In each of the %n input channels: %1</source>
        <comment>In each of the %n input channel: %1</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nearest-neighbour upsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilinear upsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed of nails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), is all zeros: the output cell is not the top-left of its block, so output %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), has a single %5 at input %6: output %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), has %n weights adding up to 1; its dot product with the flattened input gives output %3 = %4.</source>
        <comment>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), has %n weight adding up to 1; its dot product with the flattened input gives output %3 = %4.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overlap</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1 with dilation %2 and s = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1 is divisible by s = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1 is not divisible by s = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: every interior output cell receives %n contributions along each axis (%2 in all). The overlap is even, so a constant kernel leaves no checkerboard.</source>
        <comment>%1: every interior output cell receives %n contribution along each axis (%2 in all). The overlap is even, so a constant kernel leaves no checkerboard.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the kernel is shorter than the stride, so interior cells get %2 contributions along each axis: some receive nothing, leaving a grid of holes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: interior output cells alternate between %2 contributions along each axis (%3 to %4 in all). The overlap is uneven, which prints a checkerboard even with a constant kernel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpolate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros</source>
        <comment>short for: insert zeros</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate</source>
        <comment>short for: rotate kernel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out pad</source>
        <comment>short for: output padding</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 has no kernel to differentiate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be shaped like the output, %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values must be finite numbers; row %1, column %2 is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are too large: the gradient could exceed the largest double-precision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only the direct view, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transposed model makes a %1 output, not the image&apos;s %2 (kernel %3, scale %4); padding %5 with output_padding %6 would fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number, 0 or more, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 to %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 1 to %1 rows and columns, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows and columns must be multiples of the scale %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values must be finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only to the transposed model; resize-conv pads &apos;same&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 1 to %1 rows, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 1 to %1 columns, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2 on each axis, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only to conv_transpose2d, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be smaller than the stride on the rows axis (Keras), got %1 with stride %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be smaller than the stride on the columns axis (Keras), got %1 with stride %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be smaller than max(stride, dilation) = %1 on the rows axis (PyTorch), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be smaller than max(stride, dilation) = %1 on the columns axis (PyTorch), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives %1 rows, which TensorFlow rejects: a forward convolution of that size would have %2 rows, not %3 (got output_padding %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives %1 columns, which TensorFlow rejects: a forward convolution of that size would have %2 columns, not %3 (got output_padding %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dilated kernel spans %1 rows but the padded input has only %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dilated kernel spans %1 columns but the padded input has only %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large: the output would have %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large: the output would have %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output would have %1 rows; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output would have %1 columns; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply to %1, got %2; an upsampling op takes only &quot;input&quot; and &quot;scale&quot; (and &quot;align_corners&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply to %1, got %2; an upsampling op takes only &quot;input&quot; and &quot;scale&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only to upsample_bilinear, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no kernel, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_unpool2d pools in blocks of the scale %1, so it needs at least %2 rows, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_unpool2d pools in blocks of the scale %1, so it needs at least %2 columns, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only to the upsampling ops (upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d), not %1; got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are too large: the output could exceed the largest double-precision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras does not allow a stride above 1 together with a dilation above 1, got stride %1 and dilation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras&apos;s Conv2DTranspose needs the same dilation on both axes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 2-D kernel (one channel in, one out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conv2d weight is [C_out][C_in/groups][kh][kw], so its second axis must be %1/%2 = %3, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conv_transpose2d weight is [C_in][C_out/groups][kh][kw], so its first axis must be C_in = %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list gives one bias per output channel, but the input and the kernel have no channel axes; write one number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input must have 1 to %1 channels, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 is %2; every one must be %3 like the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values must be finite numbers; channel %1, row %2, column %3 is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 values (channels × rows × columns); the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight&apos;s first axis must have 1 to %1 channels, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a 4-D array of equally many kernels per row, got %1 kernels in %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight&apos;s second axis must have 1 to %1 channels, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel %1 is %2; every one must be %3 like the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values must be finite numbers; kernel %1, row %2, column %3 is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 weights; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must divide the input&apos;s %n channels, got %1</source>
        <comment>must divide the input&apos;s %n channel, got %1</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>gives %1 output channels; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must divide the %n output channels (the weight&apos;s first axis), got %1</source>
        <comment>must divide the %n output channel (the weight&apos;s first axis), got %1</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a list needs one number per output channel, %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be finite numbers; entry %1 is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras&apos;s Conv2DTranspose has no groups, so padding &quot;%1&quot; needs groups 1; use integer padding (PyTorch), got groups %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output would have %1 values (channels × rows × columns); the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gradient is of a problem of one channel; this one has channel axes (a 3-D input or a 4-D kernel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_unpool2d has only the direct view, not %1: it is not linear (where each maximum goes depends on the values), so no matrix gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero-insertion applies only to conv_transpose2d; use direct or matrix for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 view traces one channel; this problem has channel axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one channel: a 2-D input, no groups and no bias</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShapeSweep</name>
    <message>
        <source>at %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride</source>
        <comment>the swept setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding</source>
        <comment>the swept setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input size</source>
        <comment>the swept setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras &apos;valid&apos; (output_padding unset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras &apos;same&apos; (output_padding unset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a setting and its values</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel &lt; stride with &apos;valid&apos; (%1): the kernel copies do not reach each other, and Keras with output_padding unset sizes the output i·s + max(k − s, 0), padding the gap with zeros; PyTorch, and Keras with output_padding=0, give (i − 1)·s + k. %2: Keras %3 rows, PyTorch %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asymmetric &apos;same&apos; (%1): the canvas must lose an odd number of rows; TensorFlow crops %2 before and %3 after (%4), the odd one at the bottom/right. PyTorch&apos;s integer padding is the same on both sides, so it needs output_padding to give the same rows back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asymmetric &apos;same&apos; (%1): an odd number of padding zeros is needed; TensorFlow adds %2 before and %3 after (%4), the odd one at the bottom/right. PyTorch&apos;s integer padding is the same on both sides, so no padding=p reproduces it: pad by hand with F.pad first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output_padding unset vs 0 with &apos;same&apos; (%1): unset, Keras makes the output i·s; output_padding=0 switches to (i − 1)·s + k − 2⌊k/2⌋, PyTorch&apos;s size with p = ⌊k/2⌋. %2: %3 rows unset, %4 with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch and Keras agree on every size in this range where both accept the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gap in a line is a size the convention rejects (the output would be empty, output_padding too large, or Keras&apos;s stride-with-dilation rule).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros inserted and padded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1, %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas %1 → output %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled maxima %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rotated 180°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fixed, not learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the canvas, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padded %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-inserted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padded %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageAccessible</name>
    <message>
        <source>Shift+arrow keys move from cell to cell and from grid to grid; F2 edits an input or kernel cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>none</source>
        <comment>no indices</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;same&apos; crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it starts at row stride %1 × input row %2 − %3 %4 = %5 and covers the kernel&apos;s %n rows</source>
        <comment>it starts at row stride %1 × input row %2 − %3 %4 = %5 and covers the kernel&apos;s %n row</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it starts at column stride %1 × input column %2 − %3 %4 = %5 and covers the kernel&apos;s %n columns</source>
        <comment>it starts at column stride %1 × input column %2 − %3 %4 = %5 and covers the kernel&apos;s %n column</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it starts at row stride %1 × input row %2 = %3 and covers the kernel&apos;s %n rows</source>
        <comment>it starts at row stride %1 × input row %2 = %3 and covers the kernel&apos;s %n row</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it starts at column stride %1 × input column %2 = %3 and covers the kernel&apos;s %n columns</source>
        <comment>it starts at column stride %1 × input column %2 = %3 and covers the kernel&apos;s %n column</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 apart (dilation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the output has only rows 0–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the output has only columns 0–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>reasons in a row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <comment>what an exercise asks for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach</source>
        <comment>what an exercise asks for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape</source>
        <comment>what an exercise asks for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe</source>
        <comment>what an exercise asks for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cell receives %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>you added %n products; %1 (the missing one is %2 × kernel %3 = %4 = %5)</source>
        <comment>you added %n product; %1 (the missing one is %2 × kernel %3 = %4 = %5)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>that is the sum with the kernel turned 180°; conv2d multiplies by the kernel as it stands (PyTorch and Keras compute a cross-correlation, without a flip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the sum with the kernel as it stands; sliding over the zero-inserted input needs the kernel turned 180°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you left out the bias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: output %1 = %2 = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right: %1. Output %2 = %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right: %1 is not the value. Output %2 = %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: input %1 reaches no output cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Right: input %1 reaches rows %2 and columns %3, %n cells.</source>
        <comment>Right: input %1 reaches rows %2 and columns %3, %n cell.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this input reaches rows %1, not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this input reaches columns %1, not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it also reaches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: the output is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the output has %n rows, not %1: %2</source>
        <comment>the output has %n row, not %1: %2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the output has %n columns, not %1: %2</source>
        <comment>the output has %n column, not %1: %2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Right: with stride − 1 zeros between neighbours the input is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the zero-inserted input has %n rows, not %1: %2</source>
        <comment>the zero-inserted input has %n row, not %1: %2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the zero-inserted input has %n columns, not %1: %2</source>
        <comment>the zero-inserted input has %n column, not %1: %2</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This problem has no zero-insertion recipe with padding of zero or more: a side would have to be cropped instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 = %3, not %4</source>
        <comment>a recipe&apos;s number, why it is what it is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros between rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros between columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d(k−1) − %1 = %2 − %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>o + d(k−1) − zero-inserted rows − pad top = %1 + %2 − %3 − %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>o + d(k−1) − zero-inserted columns − pad left = %1 + %2 − %3 − %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pad top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pad bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pad left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pad right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right: this exercise asks for the %1, not the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Right: input %1 reaches canvas rows %2 and columns %3, %n cells.</source>
        <comment>Right: input %1 reaches canvas rows %2 and columns %3, %n cell.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this input reaches canvas rows %1, not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this input reaches canvas columns %1, not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canvas rows %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canvas columns %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the stride applied to the wrong side: the inputs spread over the output by the stride, as a transposed convolution spreads them; conv2d moves its window over the input by the stride %1, so the window of output %2 starts at padded input %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the stride applied to the wrong side: a window moved over the input by the stride, as conv2d moves it; a transposed convolution spreads the inputs over the output by the stride %1, so input (i, j) lands from canvas cell %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;same&apos; padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the padding on one side only: %1 adds zeros at the top and left as well as at the bottom and right, so the window of output %2 starts at input %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the crop on one side only: %1 removes canvas rows and columns at the top and left as well as at the bottom and right, so output %2 is canvas cell %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 removes %n rows from the top and %2 from the bottom of the %3 canvas rows, 0–%4</source>
        <comment>%1 removes %n row from the top and %2 from the bottom of the %3 canvas rows, 0–%4</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removes %n columns from the left and %2 from the right of the %3 canvas columns, 0–%4</source>
        <comment>%1 removes %n column from the left and %2 from the right of the %3 canvas columns, 0–%4</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keras&apos;s output size, input × stride,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the crop kept rows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the crop kept columns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the canvas has rows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the canvas has columns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 adds %n rows at the bottom</source>
        <comment>%1 and %2 adds %n row at the bottom</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 adds %n columns at the right</source>
        <comment>%1 and %2 adds %n column at the right</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rows past %2 lie beyond the canvas and hold zeros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (columns past %2 lie beyond the canvas and hold zeros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: the crop keeps canvas rows %1 and columns %2, leaving %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: the output is canvas rows %1 and columns %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the crop keeps canvas rows %1, not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the crop keeps canvas columns %1, not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is canvas rows %1, not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is canvas columns %1, not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right: that answer does not fit this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right: this step asks for nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward: input gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward: kernel gradient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n row</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <comment>%n column</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zeros</source>
        <comment>%n zero</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells</source>
        <comment>%n cell</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <comment>%n value</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <comment>%n product</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep</name>
    <message>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in this step: %1 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in this step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding at %1: not added yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted zero at %1: not inserted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted zero at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream gradient %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, used in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled maximum %1: not pooled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled maximum %1: %2, from input %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, pooled in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, put back in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel %1, turned 180°: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas %1, outside the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cropped away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no products yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, computed in this step: %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from 1 product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, written in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x[%1] = input %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y[%1] = output %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: 0, input %3 is outside the window of output %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3, kernel %4 from input %5 to output %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in this step&apos;s row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input as the kernel reads it, with its padding and inserted zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest value of each block of the input, and where it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canvas the products are added onto; the output is the part the crop keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output, filled in step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation as a matrix: row r makes output cell r and column c reads input cell c, cells counted row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input flattened row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output flattened row by row: y = %1·x</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::CalculationStrip</name>
    <message>
        <source>Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cells done: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products in the output: %1 of %2 (%3 cropped away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cropped cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict first: the arithmetic shows once the step plays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::ChannelEditor</name>
    <message>
        <source>Input channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_in: the input&apos;s channels (3 for an RGB image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_out: one per filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each output channel sees only the input channels of its group; groups divides both channel counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depthwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups = C_in: every input channel gets its own filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias per output channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one bias for all, or b0, b1, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number per output channel, separated by commas; empty: the bias term for every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups must divide both channel counts (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set channels to %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it depthwise: %1 → %2 in %3 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one bias for the output channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 biases, one per output channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one bias for every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a bias per channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::ChannelStackView</name>
    <message>
        <source>Channel stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 input channels, %2 output channels; this step reads %3 and writes %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel stacks show a convolution&apos;s layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input: %1 × %2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output: %1 × %2×%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::CheckerboardImageLab</name>
    <message>
        <source>Open &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× around the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row profile of the three upsampled images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brightness (input 0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each picture is stretched from its darkest to its brightest value; the profile shows the values themselves. The kernels are constant (weights s²/k² and 1/9), so any pattern comes from the overlap alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transposed conv k=3, s=2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transposed conv k=4, s=2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest ×2, then 3×3 conv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1” as an image: %2. The picture below is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2×%3, scaled to %4×%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column of row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsample a picture of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsample the built-in photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image row plotted below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the pictures to show around the profile row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::CheckerboardLab</name>
    <message>
        <source>Checkerboard lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlap counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a &amp;photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel size k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the current transposed problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the problem on the stage (with its padding, dilation and output_padding) when it is a transposed convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output row plotted below; clicking the map picks one too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kernel k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stride s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap counts heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input cells reaching it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap count along the chosen row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count along &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(or click a row of the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The problem on the stage is not a transposed convolution (or its output is too large to draw): counting the k and s above.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Rows axis shown; the columns have their own k and s.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 output of conv_transpose2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output column (row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side of the transposed convolution&apos;s square kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far apart the stamped kernels land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side of the square input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::CodePanel</name>
    <message>
        <source>Framework code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem as edited has an error (%1); this is the script of the last problem that worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose script to show: PyTorch&apos;s or Keras&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem on the stage as a script that runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient is shown in PyTorch&apos;s autograd; this Keras script runs the forward pass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::CompareControls</name>
    <message>
        <source>zero insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matrix C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gradient ∂L/∂x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gradient ∂L/∂W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sliding window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scatter and sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: the same moment in the other view, or a convolution beside its transpose (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsampling has one picture only: there is nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forward pass, %1: y = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C·x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cᵀ·x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its transpose, Cᵀ·y: %1 back to %2 — the shape comes back, the numbers do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same problem as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The convolution that made the input: original %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson to see each step explained here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step, the output size formula and the lesson note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict first: this step is explained once it plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly out of date: the problem has been edited since this note was written. Lessons → Lesson Properties… updates it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::ExportDialog</name>
    <message>
        <source>Export Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson cannot be exported until its problem is fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file; frames are written into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 video needs an even width and height, and %2 × %3 has an odd side. Try %4 × %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto: one step every half second, 12 frames a second when smooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only GIF and video have a frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the PDF handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter &amp; sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebM video (VP9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG frames (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG frames (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;mooth: the kernel glides from step to step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption: narration and arithmetic under the grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ste&amp;ps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;ld first and last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps per pa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” is not empty. Replace the frames in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the Export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running. Stop it and close? Nothing will be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step at %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First frame at %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 · about %2 to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: ∂L/∂x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: ∂L/∂W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, an animation of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export makes %1: about %2, and about %3 to write. Export it anyway?

Fewer steps (Steps: from … to) make it smaller; so does convstep-cli export with --every N, --phases or --final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: it would make %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::GridAccessible</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::KeyHint</name>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; play/pause &amp;nbsp;·&amp;nbsp; &lt;b&gt;←/→&lt;/b&gt; or &lt;b&gt;PgUp/PgDn&lt;/b&gt; step &amp;nbsp;·&amp;nbsp; &lt;b&gt;Home/End&lt;/b&gt; first/last &amp;nbsp;·&amp;nbsp; &lt;b&gt;[ ]&lt;/b&gt; speed &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt; blank &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl + / −&lt;/b&gt; text size &amp;nbsp;·&amp;nbsp; &lt;b&gt;F11&lt;/b&gt; or &lt;b&gt;Esc&lt;/b&gt; leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::LabControls</name>
    <message>
        <source>Ways to Upsample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkerboard Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to &amp;Upsample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest, bilinear, bed of nails, max unpooling and a transposed convolution on the same input, played together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkerboard Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a transposed convolution prints a checkerboard: overlap counts and a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape E&amp;xplorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size against input size, stride or padding in PyTorch and Keras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework &amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current problem as a PyTorch or Keras script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight tensor as kernel tiles, and its layout in PyTorch, Keras, tf.nn and ONNX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when ConvStep starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvStep will start in %1 next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::LessonBrowser</name>
    <message>
        <source>Worked examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transposed convolution arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsampling without weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lessons&lt;/h2&gt;&lt;p&gt;Pick a lesson to watch it step by step. Every lesson can be edited and saved as your own.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences for a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in lessons and labs, in groups; Enter opens the one chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen lesson or lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the list without opening anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::LessonDocument</name>
    <message>
        <source>Untitled lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set input %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set kernel %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Lesson Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Upstream Gradient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::LessonPropertiesDialog</name>
    <message>
        <source>Lesson Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sequence title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 of %2 in the sequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown over the stage and in the window&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for in this problem; shown in the Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem has changed since this note was written. Check that it still holds: OK marks it as up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::MainWindow</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;bs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ConvStep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zero Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irst Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause at Each &amp;Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classroom Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Classroom Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank the Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ConvStep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sliding window shows a convolution; switch the operation in the Problem panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view shows a transposed convolution; switch the operation in the Problem panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2. The default lesson is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvStep did not close cleanly last time. Restore the lesson you were editing (“%1”)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvStep lessons (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvStep lessons (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sliding window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;catter &amp;&amp; sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zero insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;actice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C → Cᵀ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lesson %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream gradient needs a valid convolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Shift+arrow keys&lt;/b&gt; on the stage move the cell cursor from cell to cell and from grid to grid.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: ∂L/∂&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: ∂L/∂&amp;W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upstream Gradient ∂L/∂y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step Back, or the Previous Lesson&apos;s Last Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step Forward, or the Next Lesson&apos;s First Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols: write C with the kernel&apos;s weight names (w₀₀, w₀₁, …) and x, y with indexed names, as the article&apos;s figure does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Lesson in the Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Lesson in the Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::MatrixControls</name>
    <message>
        <source>&amp;Transpose C → Cᵀ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transpose: turn C into Cᵀ and replay the transposed convolution as Cᵀ·y (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transposed convolution has this C: its &apos;same&apos; padding is uneven, which neither Keras nor PyTorch can crop back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cᵀ·y: the transposed convolution with the same kernel, applied to the output y (Ctrl+Z goes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C turns into Cᵀ: the transposed convolution is Cᵀ·x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C is too large to read on the stage: zoom and pan it in the Matrix Explorer (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transpose turns the matrix C of a convolution or a transposed convolution; %1 has none (its fixed matrix shows in the Matrix view).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::MatrixExplorer</name>
    <message>
        <source>Matrix explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry (kernel weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_unpool2d has no matrix: it is not linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3, %4 non-zeros%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, fixed weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::NoticeBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::PairEditor</name>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rows (height), then columns (width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 rows and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link rows and columns: one change sets both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at most %2: %3 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::PlaybackBar</name>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow along: pause at each phase boundary (after padding, after zero insertion, before the crop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::PredictBanner</name>
    <message>
        <source>Predict, then press Space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::PredictControls</name>
    <message>
        <source>&amp;Predict Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict each step before it is revealed, and see why an answer is right or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh random problem at the chosen level, in predict mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay a Mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the oldest wrongly answered question again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom: count the hands for each offered answer (type the counts; arrows move between answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal or Go On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom: reveal the step the room predicted, then go on (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal or Go On (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random exercises with an answer key, as a printable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict first: this step is told once it plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise, level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh level-%1 problem (seed %2): predict each step before it plays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::PredictPanel</name>
    <message>
        <source>Cell cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of new exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard New Exercise&apos;s problems are: 1 is conv2d by hand, 3 adds dilation, Keras&apos;s &apos;same&apos; and output padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conv2d, stride 1, no padding, inputs up to 5×5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds strides, padding and transposed convolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds dilation, Keras&apos;s &apos;same&apos;, output padding and rectangles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit your answer and play the step (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpick every cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last row kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First column kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last column kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson: %1 of %2 right · streak %3 · best %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mistakes to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mistake to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mistakes to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cell picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor %1: arrows move, Space picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, such as 7 or −1.5, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the rows and the columns, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the cells on the stage first: click them, or move with the arrows and press Space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::PredictSession</name>
    <message>
        <source>Every step has been revealed. Press Enter to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first step: what shape will the output have? Rows × columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What value goes into output %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1 = %2 is scattered next. Which canvas cells will it reach? Pick them on the stage (click, or arrows and Space), then commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeros are inserted between the inputs next. What size will the input be then? Rows × columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zero-inserted input is padded next. How many rows or columns of zeros go on each side (p′)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crop comes next. Which canvas rows and columns stay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output padding comes next. Which canvas rows and columns make the output then?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to predict in this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::PredictTally</name>
    <message>
        <source>Tally of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::ProblemPanel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conv2d: slide the kernel over the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conv_transpose2d: scatter each input cell through the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest upsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsample_nearest: copy each input cell into its scale-sized block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsample_bilinear: blend the inputs around each output cell by closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed of nails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed_of_nails: each input cell at the top left of its block, zeros elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max unpooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_unpool2d: max-pool blocks of the scale, then put each maximum back in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ali&amp;gn corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch&apos;s align_corners: the corner cells of the input and the output line up exactly
Off: half-pixel centres, as PyTorch&apos;s default and Keras&apos;s UpSampling2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch: integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding=(rows, cols) zeros on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras: &apos;valid&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding=&apos;valid&apos;: no padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras: &apos;same&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding=&apos;same&apos;: the output size depends only on the input and the stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to every output cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operatio&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kernel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paddin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dil&amp;ation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utput padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias ter&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras works the padding out from &apos;valid&apos; or &apos;same&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a transposed convolution has output padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the error to see the output size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to transposed convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to nearest upsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to bilinear upsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to bed of nails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to max unpooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the input with random integers, ones, 1 to n or zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the kernel with random integers, ones, 1 to n or zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Random integers (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counting 1, 2, 3, … row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize input to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize kernel to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stride to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set padding to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set scale to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set dilation to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set output padding to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop aligning corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set bias to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill %1 with random integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill %1 with ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill %1 with 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill %1 with zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A convolution, a transposed convolution or one of the upsampling operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the padding is given: PyTorch&apos;s integer, or Keras&apos;s &apos;valid&apos; or &apos;same&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict the output&apos;s shape first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::ShapeExplorer</name>
    <message>
        <source>Shape explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the conventions differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no padding conventions to compare: its output is the input times the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, kernel %2, stride %3, dilation %4, input %5 — rows axis; the dotted line is the current problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where PyTorch and Keras differ&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;The current problem&lt;/h4&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel &lt; stride (&apos;valid&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asymmetric &apos;same&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output_padding unset ≠ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting the chart varies along its x axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input sizes, strides or paddings where PyTorch and Keras give other shapes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::StageWidget</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit the Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, such as 3, -1.5 or 2e-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding: a zero added around the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted zero (stride − 1 zeros between input cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1 = %2
Double-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled cell %1: the largest value of its block, and where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas cell outside the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Final value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sets the cell to this number; Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::UpsamplingLab</name>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has %2 numbers but row 1 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type rows of numbers, e.g. 1 2; 3 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to upsample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input of all five: rows separated by &apos;;&apos;, numbers by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factor s: the upsampling ops&apos; scale and the transposed convolution&apos;s stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;align_corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to nearest and bilinear, as F.interpolate would be: only bilinear accepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned kernel of the transposed convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transposed convolution&apos;s weights: training would set these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned &amp;kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input: this lab shows inputs up to %1×%1; got %2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 learnable weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weights: a fixed rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;All five have finished.&lt;/b&gt; Nearest, bilinear, bed of nails and max unpooling are fixed rules with nothing to learn; only the transposed convolution has weights, which training sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space) to watch all five fill in together; each is the same fraction of its own steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy each cell into its s×s block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix the nearest input cells, weighted by how close each one is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed of nails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put each cell in its block&apos;s top-left corner; zeros elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max unpooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max-pool s×s blocks, then put each maximum back where it was; zeros elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter each cell times the kernel at stride s; sum where copies overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the five methods have got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::UpsamplingView</name>
    <message>
        <source>Ways to upsample: five methods on the same input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::UpstreamDialog</name>
    <message>
        <source>Upstream Gradient ∂L/∂y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backward views start from g = ∂L/∂y, one number per output cell (%1). All ones is the gradient of L = the sum of the outputs; any other g weighs each output&apos;s share of the loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 is not a number; type one, such as 1, -0.5 or 2e-3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::WeightAxesView</name>
    <message>
        <source>Weight axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::WeightInspector</name>
    <message>
        <source>Weight tensor inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework whose weight layout to show: the axes slide into its order and its shape is printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight&apos;s shape to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3, 3, 3, 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a weight of &amp;shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upsampling op has no weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same order as PyTorch&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From PyTorch&apos;s %1: permute(%2); back: permute(%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step uses no kernel; the tiles of the steps that do are outlined as they come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One channel in, one out: the weight is the one kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step uses 1 kernel: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step uses %1 kernels: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the shape of a weight you want to load (four numbers), and the inspector says whose layout it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A convolution&apos;s weight has four axes; %1 has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convstep::WeightTilesView</name>
    <message>
        <source>Weight tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 output channels by %2 input channels, %3 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: output channel %2 from input channel %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upsampling op has no weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convstep::WorksheetDialog</name>
    <message>
        <source>Print Worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed and options give the same exercises, here and in convstep-cli worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exercises:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — conv2d, stride 1, no padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — strides, padding, transposed convolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — dilation, Keras &apos;same&apos;, output padding, rectangles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of an output cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output cells an input of a transposed convolution reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output&apos;s shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transposed convolution as zero insertion, padding and a stride-1 convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a seed: a whole number such as 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 · seed %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Writing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet is being written. Stop and close? Nothing will be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worksheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
