<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;ConvStep %1&lt;/h3&gt;&lt;p&gt;Convolution and transposed convolution, animated step by step.&lt;/p&gt;&lt;p&gt;Results follow PyTorch for integer padding and Keras for &apos;valid&apos; and &apos;same&apos;.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ConvStep %1&lt;/h3&gt;&lt;p&gt;卷积与转置卷积，逐步动画演示。&lt;/p&gt;&lt;p&gt;整数填充的结果与 PyTorch 一致，&apos;valid&apos; 与 &apos;same&apos; 填充的结果与 Keras 一致。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证（GNU General Public License）第 3 版或更高版本。&lt;/p&gt;&lt;p&gt;使用 %2 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Calculation</name>
    <message>
        <source>%1 × K → rows %2, columns %3</source>
        <translation>%1 × K → 行 %2，列 %3</translation>
    </message>
    <message>
        <source>%1 → rows %2, columns %3</source>
        <translation>%1 → 行 %2，列 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1; 0 → the other %n cells</source>
        <comment>%1; 0 → the other %n cell</comment>
        <translation>
            <numerusform>%1；其余 %n 个单元格 → 0</numerusform>
        </translation>
    </message>
    <message>
        <source>Output %1 = </source>
        <translation>输出 %1 = </translation>
    </message>
    <message>
        <source>max(the %1 values) = %2 at %3</source>
        <translation>max(这 %1 个值) = %2，位于 %3</translation>
    </message>
    <message>
        <source>max(%1) = %2 at %3</source>
        <translation>max(%1) = %2，位于 %3</translation>
    </message>
    <message>
        <source>every cell + %1</source>
        <translation>每个单元格 + %1</translation>
    </message>
    <message>
        <source>(+ %1 more products = %2)</source>
        <translation>（另有 %1 个乘积 = %2）</translation>
    </message>
    <message>
        <source>(%1 products = %2)</source>
        <translation>（%1 个乘积 = %2）</translation>
    </message>
    <message>
        <source>every cell of output channel c + bias[c]</source>
        <translation>输出通道 c 的每个单元格 + bias[c]</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>direct, zero-insertion, matrix, backward-input or backward-kernel (default: the lesson&apos;s view, else direct).</source>
        <translation>direct、zero-insertion、matrix、backward-input 或 backward-kernel（默认：课程的视图，否则为 direct）。</translation>
    </message>
    <message>
        <source>--view must be direct, zero-insertion, matrix, backward-input or backward-kernel, got &quot;%1&quot;</source>
        <translation>--view 必须是 direct、zero-insertion、matrix、backward-input 或 backward-kernel，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Problem JSON file, - for stdin, or a lesson id.</source>
        <translation>问题 JSON 文件、- 表示标准输入，或课程 id。</translation>
    </message>
    <message>
        <source>Prints every step of a problem in one view as JSON (docs/formats.md).</source>
        <translation>以 JSON 格式输出问题在某一视图中的每个步骤（见 docs/formats.md）。</translation>
    </message>
    <message>
        <source>Prints a lesson&apos;s steps as readable text (default: the built-in default lesson).</source>
        <translation>以可读文本输出课程的各个步骤（默认：内置的默认课程）。</translation>
    </message>
    <message>
        <source>Lesson or problem JSON file, - for stdin, or a lesson id (see &apos;lessons&apos;).</source>
        <translation>课程或问题 JSON 文件、- 表示标准输入，或课程 id（见 &apos;lessons&apos;）。</translation>
    </message>
    <message>
        <source>Lists the built-in lessons: id and title.</source>
        <translation>列出内置课程：id 和标题。</translation>
    </message>
    <message>
        <source>&apos;lessons&apos; takes no arguments</source>
        <translation>&apos;lessons&apos; 不接受参数</translation>
    </message>
    <message>
        <source>Prints a Python script that reproduces a problem in PyTorch or Keras.</source>
        <translation>输出一个 Python 脚本，用 PyTorch 或 Keras 重现该问题。</translation>
    </message>
    <message>
        <source>pytorch or keras (default: pytorch).</source>
        <translation>pytorch 或 keras（默认：pytorch）。</translation>
    </message>
    <message>
        <source>--framework must be pytorch or keras, got &quot;%1&quot;</source>
        <translation>--framework 必须是 pytorch 或 keras，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Random seed, 0 to 18446744073709551615 (default 1): the same seed and options give the same exercises on every machine.</source>
        <translation>随机种子，0 到 18446744073709551615（默认 1）：相同的种子和选项在任何机器上都生成相同的练习。</translation>
    </message>
    <message>
        <source>Number of exercises, 1 to %1 (default 10).</source>
        <translation>练习数量，1 到 %1（默认 10）。</translation>
    </message>
    <message>
        <source>1 (conv2d, stride 1, no padding, up to 5×5), 2 (strides, padding, transposed) or 3 (dilation, Keras &apos;same&apos;, output padding, rectangles); default 2.</source>
        <translation>1（conv2d，步幅 1，无填充，最大 5×5），2（步幅、填充、转置）或 3（膨胀、Keras &apos;same&apos;、输出填充、矩形）；默认 2。</translation>
    </message>
    <message>
        <source>Comma-separated: value, reach, shape, recipe (default: every kind the level has; level 1 has no reach or recipe). The exercises take them in turn.</source>
        <translation>以逗号分隔：value、reach、shape、recipe（默认：该级别的所有类型；级别 1 没有 reach 和 recipe）。各练习依次轮换这些类型。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments, got &quot;%2&quot;</source>
        <translation>&apos;%1&apos; 不接受参数，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, got &quot;%1&quot;</source>
        <translation>--seed 必须是 0 到 18446744073709551615 之间的整数，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--count 必须是 1 到 %1 之间的整数，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--level must be 1, 2 or 3, got &quot;%1&quot;</source>
        <translation>--level 必须是 1、2 或 3，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--kinds must name at least one of value, reach, shape and recipe</source>
        <translation>--kinds 必须至少指定 value、reach、shape、recipe 中的一种</translation>
    </message>
    <message>
        <source>--kinds: unknown kind &quot;%1&quot;; the kinds are value, reach, shape and recipe</source>
        <translation>--kinds：未知类型 &quot;%1&quot;；可用类型为 value、reach、shape 和 recipe</translation>
    </message>
    <message>
        <source>Prints random exercises, one JSON object per line: {&quot;kind&quot;, &quot;problem&quot;, &quot;question&quot;, &quot;answer&quot;} (docs/formats.md). Small integers only, for working by hand.
Example: convstep-cli exercises --seed 7 --count 4 --level 3 --kinds value,reach</source>
        <translation>输出随机练习，每行一个 JSON 对象：{&quot;kind&quot;, &quot;problem&quot;, &quot;question&quot;, &quot;answer&quot;}（见 docs/formats.md）。仅使用小整数，便于手算。
示例：convstep-cli exercises --seed 7 --count 4 --level 3 --kinds value,reach</translation>
    </message>
    <message>
        <source>Output file, or folder for png/svg frames (required).</source>
        <translation>输出文件，或存放 png/svg 帧的文件夹（必需）。</translation>
    </message>
    <message>
        <source>gif, mp4, webm, png, svg or pdf (default: from the output&apos;s extension, else gif).</source>
        <translation>gif、mp4、webm、png、svg 或 pdf（默认：根据输出文件的扩展名，否则为 gif）。</translation>
    </message>
    <message>
        <source>Frame size in pixels, WIDTHxHEIGHT (default 800x600; even for video).</source>
        <translation>帧尺寸（像素），WIDTHxHEIGHT（默认 800x600；视频须为偶数）。</translation>
    </message>
    <message>
        <source>Frames per second, 1 to 60 (default 2: one step per frame; with --smooth 12).</source>
        <translation>每秒帧数，1 到 60（默认 2：每帧一个步骤；使用 --smooth 时为 12）。</translation>
    </message>
    <message>
        <source>light, dark or contrast (default light).</source>
        <translation>light、dark 或 contrast（默认 light）。</translation>
    </message>
    <message>
        <source>Steps to export, 1-based and inclusive as the program shows them (&quot;Step 7 of 16&quot;): FROM:TO, FROM:, :TO or one step N (default: all).</source>
        <translation>要导出的步骤，从 1 开始计数且包含两端，与程序显示的一致（&quot;Step 7 of 16&quot;）：FROM:TO、FROM:、:TO 或单个步骤 N（默认：全部）。</translation>
    </message>
    <message>
        <source>In-between frames: each step glides for half a second, then rests for half.</source>
        <translation>生成过渡帧：每个步骤先平滑过渡半秒，再停留半秒。</translation>
    </message>
    <message>
        <source>Extra seconds on the first and the last frame (default 0).</source>
        <translation>在第一帧和最后一帧额外停留的秒数（默认 0）。</translation>
    </message>
    <message>
        <source>pdf: steps per page, 1 to 16, in a grid (default 1).</source>
        <translation>pdf：每页的步骤数，1 到 16，按网格排列（默认 1）。</translation>
    </message>
    <message>
        <source>Enlarge the stage&apos;s text, 0.5 to 3 (default 1).</source>
        <translation>放大舞台上的文字，0.5 到 3（默认 1）。</translation>
    </message>
    <message>
        <source>Replace an existing output file, or a folder of earlier frames.</source>
        <translation>替换已有的输出文件，或之前生成的帧所在的文件夹。</translation>
    </message>
    <message>
        <source>Leave out the narration and arithmetic under the grids.</source>
        <translation>省略网格下方的讲解和算式。</translation>
    </message>
    <message>
        <source>Print nothing on success.</source>
        <translation>成功时不输出任何内容。</translation>
    </message>
    <message>
        <source>missing the output: -o PATH</source>
        <translation>缺少输出：-o PATH</translation>
    </message>
    <message>
        <source>--format must be gif, mp4, webm, png, svg or pdf, got &quot;%1&quot;</source>
        <translation>--format 必须是 gif、mp4、webm、png、svg 或 pdf，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a number, got &quot;%2&quot;</source>
        <translation>--%1 必须是数字，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--fps must be a whole number, got &quot;%1&quot;</source>
        <translation>--fps 必须是整数，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--theme must be light, dark or contrast, got &quot;%1&quot;</source>
        <translation>--theme 必须是 light、dark 或 contrast，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--per-page must be a whole number</source>
        <translation>--per-page 必须是整数</translation>
    </message>
    <message>
        <source>interrupted; nothing was written</source>
        <translation>已中断；未写入任何内容</translation>
    </message>
    <message>
        <source>Lesson or problem JSON file, - for stdin, or a lesson id.</source>
        <translation>课程或问题 JSON 文件、- 表示标准输入，或课程 id。</translation>
    </message>
    <message>
        <source>missing the lesson (a file, - for stdin, or a lesson id)</source>
        <translation>缺少课程（文件、- 表示标准输入，或课程 id）</translation>
    </message>
    <message>
        <source>expected one lesson, got %1</source>
        <translation>应为一个课程，实际为 %1</translation>
    </message>
    <message>
        <source>Exports every built-in lesson into one folder (created when missing), each named after its id: &lt;id&gt;.gif, or a folder &lt;id&gt;/ of frames. Takes export&apos;s options except --steps; a lesson that cannot be shown in --view uses its own view.</source>
        <translation>将所有内置课程导出到一个文件夹（不存在时自动创建），各以其 id 命名：&lt;id&gt;.gif，或存放帧的文件夹 &lt;id&gt;/。接受 export 的选项（--steps 除外）；无法在 --view 中显示的课程使用其自身的视图。</translation>
    </message>
    <message>
        <source>&apos;gallery&apos; takes no lesson; it exports every built-in lesson</source>
        <translation>&apos;gallery&apos; 不接受课程参数；它会导出所有内置课程</translation>
    </message>
    <message>
        <source>--upstream applies only to the backward views (backward-input, backward-kernel), not %1</source>
        <translation>--upstream 仅适用于反向视图（backward-input、backward-kernel），不适用于 %1</translation>
    </message>
    <message>
        <source>the problem and --upstream cannot both be - (standard input)</source>
        <translation>问题和 --upstream 不能同时为 -（标准输入）</translation>
    </message>
    <message>
        <source>Prints {&quot;grad_bias&quot;: b, &quot;grad_input&quot;: [[…]], &quot;grad_kernel&quot;: [[…]]}: the gradient of L through a conv2d or conv_transpose2d, given ∂L/∂y (default all ones).</source>
        <translation>输出 {&quot;grad_bias&quot;: b, &quot;grad_input&quot;: [[…]], &quot;grad_kernel&quot;: [[…]]}：在给定 ∂L/∂y（默认全为 1）时，L 经过 conv2d 或 conv_transpose2d 的梯度。</translation>
    </message>
    <message>
        <source>grad applies to conv2d and conv_transpose2d; %1 has no kernel</source>
        <translation>grad 适用于 conv2d 和 conv_transpose2d；%1 没有卷积核</translation>
    </message>
    <message>
        <source>missing the problem file (use - for stdin)</source>
        <translation>缺少问题文件（用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>expected one problem file, got %1</source>
        <translation>应为一个问题文件，实际为 %1</translation>
    </message>
    <message>
        <source>ConvStep on the command line: convolution, transposed convolution and upsampling, step by step.</source>
        <translation>命令行版 ConvStep：逐步演示卷积、转置卷积和上采样。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>print the output grid as JSON</source>
        <translation>以 JSON 格式输出输出网格</translation>
    </message>
    <message>
        <source>print every step as JSON</source>
        <translation>以 JSON 格式输出每个步骤</translation>
    </message>
    <message>
        <source>print the gradient of the input, kernel and bias as JSON</source>
        <translation>以 JSON 格式输出输入、卷积核和偏置的梯度</translation>
    </message>
    <message>
        <source>train a learned upsampler; print the loss of every step</source>
        <translation>训练一个可学习的上采样器；输出每个训练步的损失</translation>
    </message>
    <message>
        <source>print every step as readable text</source>
        <translation>以可读文本输出每个步骤</translation>
    </message>
    <message>
        <source>list the built-in lessons</source>
        <translation>列出内置课程</translation>
    </message>
    <message>
        <source>print a Python script reproducing the problem</source>
        <translation>输出重现该问题的 Python 脚本</translation>
    </message>
    <message>
        <source>print random exercises with answers, one JSON per line</source>
        <translation>输出带答案的随机练习，每行一个 JSON</translation>
    </message>
    <message>
        <source>write an animation (gif, mp4, webm), frames (png, svg) or a pdf handout</source>
        <translation>写出动画（gif、mp4、webm）、帧（png、svg）或 pdf 讲义</translation>
    </message>
    <message>
        <source>export every built-in lesson</source>
        <translation>导出所有内置课程</translation>
    </message>
    <message>
        <source>the same exercises as a printable PDF with an answer key</source>
        <translation>将相同的练习生成可打印的 PDF，并附答案</translation>
    </message>
    <message>
        <source>Run &apos;convstep-cli COMMAND --help&apos; for a command&apos;s options. Exit status: 0 success, 1 a file could not be read or written, 2 a usage error or an invalid problem.</source>
        <translation>运行 &apos;convstep-cli COMMAND --help&apos; 查看某个命令的选项。退出状态：0 成功，1 无法读取或写入文件，2 用法错误或问题无效。</translation>
    </message>
    <message>
        <source>--lang needs a language: en, de, es or zh_CN</source>
        <translation>--lang 需要指定语言：en、de、es 或 zh_CN</translation>
    </message>
    <message>
        <source>--lang must be en, de, es or zh_CN, got &quot;%1&quot;</source>
        <translation>--lang 必须是 en、de、es 或 zh_CN，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Language of the messages and the help: en, de, es or zh_CN (default: the system&apos;s).</source>
        <translation>消息和帮助的语言：en、de、es 或 zh_CN（默认：系统语言）。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>missing command; try &apos;convstep-cli --help&apos;</source>
        <translation>缺少命令；请尝试 &apos;convstep-cli --help&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;convstep-cli --help&apos;</source>
        <translation>未知命令 &apos;%1&apos;；请尝试 &apos;convstep-cli --help&apos;</translation>
    </message>
    <message>
        <source>%1, scale %2</source>
        <translation>%1，缩放 %2</translation>
    </message>
    <message>
        <source>%1, scale %2, align_corners %3</source>
        <translation>%1，缩放 %2，align_corners %3</translation>
    </message>
    <message>
        <source>%1, stride %2, dilation %3, padding %4</source>
        <translation>%1，步幅 %2，膨胀 %3，填充 %4</translation>
    </message>
    <message>
        <source>%1, output_padding %2</source>
        <translation>%1，output_padding %2</translation>
    </message>
    <message>
        <source>%1, bias %2</source>
        <translation>%1，偏置 %2</translation>
    </message>
    <message>
        <source>Output size: %1</source>
        <translation>输出尺寸：%1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Upstream gradient ∂L/∂y</source>
        <translation>上游梯度 ∂L/∂y</translation>
    </message>
    <message>
        <source>Step %1 of %2 [%3] %4</source>
        <translation>步骤 %1/%2 [%3] %4</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Trains a transposed convolution or a resize-convolution to upsample the block means of an image back to the image (SGD on the mean squared error, float64). Prints {&quot;loss&quot;: L, &quot;step&quot;: n} for n = 0 … steps, then {&quot;bias&quot;, &quot;kernel&quot;, &quot;output&quot;}.</source>
        <translation>训练一个转置卷积或缩放-卷积（resize-convolution），把图像的块均值上采样回原图像（对均方误差做 SGD，float64）。对 n = 0 … steps 输出 {&quot;loss&quot;: L, &quot;step&quot;: n}，然后输出 {&quot;bias&quot;, &quot;kernel&quot;, &quot;output&quot;}。</translation>
    </message>
    <message>
        <source>Training spec JSON file (docs/formats.md), or -.</source>
        <translation>训练配置 JSON 文件（见 docs/formats.md），或 -。</translation>
    </message>
    <message>
        <source>missing the training spec file (use - for stdin)</source>
        <translation>缺少训练配置文件（用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>expected one spec file, got %1</source>
        <translation>应为一个配置文件，实际为 %1</translation>
    </message>
    <message>
        <source>the loss is no longer finite after %1 steps: learning_rate %2 is too large for this image and kernel</source>
        <translation>训练 %1 步之后损失不再是有限值：对此图像和卷积核而言，learning_rate %2 过大</translation>
    </message>
    <message>
        <source>Writes the exercises &apos;exercises&apos; prints for the same options as a printable A4 PDF: each question with its grids and an empty answer box, then an answer key. The file appears only when complete.
Example: convstep-cli worksheet --level 1 -o sheet.pdf</source>
        <translation>将 &apos;exercises&apos; 在相同选项下输出的练习写成可打印的 A4 PDF：每道题附有网格和空白答题框，最后是答案。文件仅在完整生成后才会出现。
示例：convstep-cli worksheet --level 1 -o sheet.pdf</translation>
    </message>
    <message>
        <source>The PDF file to write (required).</source>
        <translation>要写入的 PDF 文件（必需）。</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>替换已有文件。</translation>
    </message>
    <message>
        <source>missing the output: -o FILE.pdf</source>
        <translation>缺少输出：-o FILE.pdf</translation>
    </message>
    <message>
        <source>ConvStep worksheet</source>
        <translation>ConvStep 练习单</translation>
    </message>
    <message>
        <source>Prints {&quot;output&quot;: [[…]], &quot;output_shape&quot;: [H, W]} for a problem; with channels [C][H][W] and [C, H, W].</source>
        <translation>输出问题的 {&quot;output&quot;: [[…]], &quot;output_shape&quot;: [H, W]}；有通道时为 [C][H][W] 和 [C, H, W]。</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4%)</source>
        <translation>%1 %2/%3（%4%）</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>，约剩 %1 秒</translation>
    </message>
    <message>
        <source>, about %1 min left</source>
        <translation>，约剩 %1 分钟</translation>
    </message>
    <message>
        <source>Only every n-th of those steps, counted from the first, and the last.</source>
        <translation>仅取这些步骤中每隔 n 个的一个（从第一个开始计），以及最后一个。</translation>
    </message>
    <message>
        <source>Only the first and the last step of each phase (pad, slide, crop, …).</source>
        <translation>仅取每个阶段（填充、滑动、裁剪……）的第一个和最后一个步骤。</translation>
    </message>
    <message>
        <source>Only the finished state (the last step) as one PNG file: -o NAME.png.</source>
        <translation>仅将完成状态（最后一个步骤）输出为一个 PNG 文件：-o NAME.png。</translation>
    </message>
    <message>
        <source>Matrix view: write C with the kernel&apos;s weight names (w₀₀, w₀₁, …) and x, y with indexed names (x₀, y₀, …) instead of numbers.</source>
        <translation>矩阵视图：C 中写卷积核的权重名（w₀₀, w₀₁, …），x、y 写带下标的名称（x₀, y₀, …），而不写数字。</translation>
    </message>
    <message>
        <source>--every, --phases and --final each choose the steps; give one of them</source>
        <translation>--every、--phases 和 --final 都用于选择步骤；请只给出其中一个</translation>
    </message>
    <message>
        <source>--every must be a whole number of steps, 1 or more, got &quot;%1&quot;</source>
        <translation>--every 必须是 1 或更大的整数步数，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Exports a lesson&apos;s steps as an animated GIF, an MP4 or WebM video, a folder of PNG or SVG frames (frame-0001.png, …) or a PDF handout. Every frame is the stage as the program draws it. The output appears only when complete. The backward views start from --upstream FILE, else the lesson&apos;s &quot;upstream&quot;, else all ones.
Example: convstep-cli export article-convolution -o conv.gif --steps 1:4 --smooth</source>
        <translation>将课程的步骤导出为 GIF 动画、MP4 或 WebM 视频、存放 PNG 或 SVG 帧的文件夹（frame-0001.png, …）或 PDF 讲义。每一帧都与程序绘制的舞台相同。输出仅在完整生成后才会出现。反向视图从 --upstream FILE 开始，否则使用课程的 &quot;upstream&quot;，否则全为 1。
示例：convstep-cli export article-convolution -o conv.gif --steps 1:4 --smooth</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>JSON file {&quot;upstream&quot;: [[…]]}: ∂L/∂y, shaped like the output, for the gradient (default: the lesson&apos;s &quot;upstream&quot;, else all ones, L = the sum of the outputs).</source>
        <translation>JSON 文件 {&quot;upstream&quot;: [[…]]}：∂L/∂y，形状与输出相同，用于计算梯度（默认：课程的 &quot;upstream&quot;，否则全为 1，即 L = 所有输出之和）。</translation>
    </message>
    <message>
        <source>grad differentiates a problem of one channel; this one has channel axes (a 3-D input or a 4-D kernel)</source>
        <translation>grad 只对单通道问题求导；此问题带有通道轴（3-D 输入或 4-D 卷积核）</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n pages, %2</source>
        <comment>wrote %1: %n page, %2</comment>
        <translation>
            <numerusform>已写入 %1：%n 页，%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n frames, %2</source>
        <comment>wrote %1: %n frame, %2</comment>
        <translation>
            <numerusform>已写入 %1：%n 帧，%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>View: %1, %n steps</source>
        <comment>View: %1, %n step</comment>
        <translation>
            <numerusform>视图：%1，共 %n 步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Level %1 · seed %2 · %n exercises</source>
        <comment>Level %1 · seed %2 · %n exercise</comment>
        <translation>
            <numerusform>难度 %1 · 种子 %2 · %n 道练习</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>stride %1</source>
        <translation>步幅 %1</translation>
    </message>
    <message>
        <source>dilation %1</source>
        <translation>膨胀 %1</translation>
    </message>
    <message>
        <source>padding &apos;%1&apos; (Keras)</source>
        <translation>填充 &apos;%1&apos;（Keras）</translation>
    </message>
    <message>
        <source>no padding</source>
        <translation>无填充</translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation>填充 %1</translation>
    </message>
    <message>
        <source>output padding %1</source>
        <translation>输出填充 %1</translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation>偏置 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of settings</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>A %1: what is output cell %2? Rows and columns count from 0.</source>
        <translation>%1：输出单元格 %2 的值是多少？行和列从 0 开始计数。</translation>
    </message>
    <message>
        <source>A %1: which output cells receive a product of input cell %2? Rows and columns count from 0.</source>
        <translation>%1：哪些输出单元格会收到输入单元格 %2 的乘积？行和列从 0 开始计数。</translation>
    </message>
    <message>
        <source>A %1: what is the output&apos;s shape, rows × columns?</source>
        <translation>%1：输出的形状是多少（行 × 列）？</translation>
    </message>
    <message>
        <source>A %1: rewrite it as a stride-1 convolution with the kernel turned 180°. How many zeros go between neighbouring input rows, and between columns? How many rows or columns of zeros pad the top, bottom, left and right?</source>
        <translation>%1：把它改写为卷积核旋转 180° 的步幅为 1 的卷积。相邻输入行之间、相邻列之间各插入多少个零？上、下、左、右各填充多少行或列的零？</translation>
    </message>
    <message>
        <source>level must be 1, 2 or 3, got %1</source>
        <translation>级别必须是 1、2 或 3，实际为 %1</translation>
    </message>
    <message>
        <source>count must be 1 to %1, got %2</source>
        <translation>数量必须是 1 到 %1，实际为 %2</translation>
    </message>
    <message>
        <source>kinds lists %1 twice</source>
        <translation>kinds 中 %1 出现了两次</translation>
    </message>
    <message>
        <source>kinds: %1 is about transposed convolutions, which level %2 does not have (use level 2 or 3)</source>
        <translation>kinds：%1 针对转置卷积，而级别 %2 不包含转置卷积（请使用级别 2 或 3）</translation>
    </message>
    <message>
        <source>%1 (%2) of the %3 input with the %4 kernel</source>
        <translation>%3 的输入与 %4 的卷积核的 %1（%2）</translation>
    </message>
    <message>
        <source>output %1 = %2</source>
        <translation>输出 %1 = %2</translation>
    </message>
    <message>
        <source>input %1 reaches no output cell</source>
        <translation>输入 %1 不会到达任何输出单元格</translation>
    </message>
    <message>
        <source>input %1 reaches %2</source>
        <translation>输入 %1 到达 %2</translation>
    </message>
    <message>
        <source>output shape %1</source>
        <translation>输出形状 %1</translation>
    </message>
    <message numerus="yes">
        <source>insert %n zeros between rows and %1 between columns; pad top %2, bottom %3, left %4, right %5</source>
        <comment>insert %n zero between rows and %1 between columns; pad top %2, bottom %3, left %4, right %5</comment>
        <translation>
            <numerusform>行间插入 %n 个零，列间插入 %1 个零；上方填充 %2，下方 %3，左侧 %4，右侧 %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, such as 800x600, got &quot;%1&quot;</source>
        <translation>--size 必须是以像素为单位的 WIDTHxHEIGHT，例如 800x600，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--size: each side must be %1 to %2 pixels, got %3x%4</source>
        <translation>--size：每边必须是 %1 到 %2 像素，实际为 %3x%4</translation>
    </message>
    <message>
        <source>--steps must be FROM:TO (1-based, both included), FROM:, :TO or one step number, got &quot;%1&quot;</source>
        <translation>--steps 必须是 FROM:TO（从 1 开始，包含两端）、FROM:、:TO 或单个步骤编号，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--steps counts from 1, got &quot;%1&quot;</source>
        <translation>--steps 从 1 开始计数，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--steps: FROM must not be after TO, got &quot;%1&quot;</source>
        <translation>--steps：FROM 不能在 TO 之后，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--steps %1:%2 is outside the lesson&apos;s steps 1:%3</source>
        <translation>--steps %1:%2 超出了课程的步骤范围 1:%3</translation>
    </message>
    <message>
        <source>no output path (-o PATH)</source>
        <translation>没有输出路径（-o PATH）</translation>
    </message>
    <message>
        <source>--size: each side must be %1 to %2 pixels</source>
        <translation>--size：每边必须是 %1 到 %2 像素</translation>
    </message>
    <message>
        <source>--fps must be 1 to %1, got %2</source>
        <translation>--fps 必须是 1 到 %1，实际为 %2</translation>
    </message>
    <message>
        <source>--hold must be 0 to %1 seconds</source>
        <translation>--hold 必须是 0 到 %1 秒</translation>
    </message>
    <message>
        <source>--per-page must be 1 to %1, got %2</source>
        <translation>--per-page 必须是 1 到 %1，实际为 %2</translation>
    </message>
    <message>
        <source>font scale must be 0.5 to 3</source>
        <translation>字体缩放必须是 0.5 到 3</translation>
    </message>
    <message>
        <source>%1 needs an even width and height (yuv420p), got %2x%3; try %4x%5</source>
        <translation>%1 需要偶数的宽度和高度（yuv420p），实际为 %2x%3；请尝试 %4x%5</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>cannot reopen %1: %2</source>
        <translation>无法重新打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 是一个文件夹</translation>
    </message>
    <message>
        <source>%1 already exists (use --overwrite to replace it)</source>
        <translation>%1 已存在（使用 --overwrite 替换它）</translation>
    </message>
    <message>
        <source>cannot write in folder %1: %2</source>
        <translation>无法在文件夹 %1 中写入：%2</translation>
    </message>
    <message>
        <source>nothing to commit for %1</source>
        <translation>%1 没有可提交的内容</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 已存在且不是文件夹</translation>
    </message>
    <message>
        <source>folder %1 is not empty (use --overwrite to replace its frames)</source>
        <translation>文件夹 %1 不为空（使用 --overwrite 替换其中的帧）</translation>
    </message>
    <message>
        <source>folder %1 holds files other than frames; not replacing it</source>
        <translation>文件夹 %1 中有帧以外的文件；不替换它</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot start the GIF (%1)</source>
        <translation>无法开始生成 GIF（%1）</translation>
    </message>
    <message>
        <source>cannot write the GIF header</source>
        <translation>无法写入 GIF 文件头</translation>
    </message>
    <message>
        <source>cannot write the GIF loop extension</source>
        <translation>无法写入 GIF 循环扩展</translation>
    </message>
    <message>
        <source>GIF frame of the wrong size or format</source>
        <translation>GIF 帧的尺寸或格式不正确</translation>
    </message>
    <message>
        <source>cannot write GIF frame %1</source>
        <translation>无法写入 GIF 帧 %1</translation>
    </message>
    <message>
        <source>the GIF was never started</source>
        <translation>GIF 从未开始生成</translation>
    </message>
    <message>
        <source>cannot finish the GIF (%1)</source>
        <translation>无法完成 GIF（%1）</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>步骤 %1/%2</translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation>无法开始生成 SVG</translation>
    </message>
    <message>
        <source>%1 · input %2 · kernel %3 · stride %4 · dilation %5 · padding %6</source>
        <translation>%1 · 输入 %2 · 卷积核 %3 · 步幅 %4 · 膨胀 %5 · 填充 %6</translation>
    </message>
    <message>
        <source>%1 · output padding %2</source>
        <translation>%1 · 输出填充 %2</translation>
    </message>
    <message>
        <source>%1 · bias %2</source>
        <translation>%1 · 偏置 %2</translation>
    </message>
    <message>
        <source>ConvStep lesson</source>
        <translation>ConvStep 课程</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>步骤 %1/%2 · %3</translation>
    </message>
    <message>
        <source>Output size: %1</source>
        <translation>输出尺寸：%1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>yuv420p video needs an even width and height</source>
        <translation>yuv420p 视频需要偶数的宽度和高度</translation>
    </message>
    <message>
        <source>cannot set up the %1 container: %2</source>
        <translation>无法设置 %1 容器：%2</translation>
    </message>
    <message>
        <source>no %1 encoder in this FFmpeg</source>
        <translation>此 FFmpeg 中没有 %1 编码器</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>cannot start the %1 encoder: %2</source>
        <translation>无法启动 %1 编码器：%2</translation>
    </message>
    <message>
        <source>cannot set up the colour conversion</source>
        <translation>无法设置颜色转换</translation>
    </message>
    <message>
        <source>video frame of the wrong size</source>
        <translation>视频帧尺寸不正确</translation>
    </message>
    <message>
        <source>the video was never started</source>
        <translation>视频从未开始生成</translation>
    </message>
    <message>
        <source>value</source>
        <comment>an exercise asking for an output value</comment>
        <translation>值</translation>
    </message>
    <message>
        <source>reach</source>
        <comment>an exercise asking which outputs an input reaches</comment>
        <translation>到达范围</translation>
    </message>
    <message>
        <source>shape</source>
        <comment>an exercise asking for the output shape</comment>
        <translation>形状</translation>
    </message>
    <message>
        <source>recipe</source>
        <comment>an exercise asking for the zero-insertion recipe</comment>
        <translation>插零方案</translation>
    </message>
    <message>
        <source>Write each answer in its box. Rows and columns count from 0, top left; a kernel is used as PyTorch and Keras use it. The answer key follows the last exercise.</source>
        <translation>请把每个答案写在对应的框中。行和列从左上角开始、从 0 计数；卷积核的用法与 PyTorch 和 Keras 相同。答案附在最后一道练习之后。</translation>
    </message>
    <message>
        <source>Exercise %1 · %2</source>
        <translation>练习 %1 · %2</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <comment>an answer key line: number, kind, answer</comment>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <source>ConvStep</source>
        <translation>ConvStep</translation>
    </message>
    <message>
        <source>no exercises</source>
        <translation>没有练习</translation>
    </message>
    <message>
        <source>ConvStep worksheet</source>
        <translation>ConvStep 练习单</translation>
    </message>
    <message>
        <source>--every must be at least 1, got %1</source>
        <translation>--every 必须至少为 1，实际为 %1</translation>
    </message>
    <message>
        <source>--final writes one PNG file, not %1: use -o NAME.png</source>
        <translation>--final 只写出一个 PNG 文件，而不是 %1：请使用 -o NAME.png</translation>
    </message>
    <message>
        <source>--final writes one picture of the last step; leave out --smooth</source>
        <translation>--final 只写出最后一个步骤的一张图片；请去掉 --smooth</translation>
    </message>
    <message>
        <source>video export needs FFmpeg&apos;s lib%1 (version %2): %3</source>
        <translation>视频导出需要 FFmpeg 的 lib%1（版本 %2）：%3</translation>
    </message>
    <message>
        <source>this FFmpeg has no %1</source>
        <translation>此 FFmpeg 没有 %1</translation>
    </message>
    <message>
        <source>View: %1 · steps %2 to %3 of %4</source>
        <translation>视图：%1 · 步骤 %2 至 %3，共 %4 个</translation>
    </message>
    <message>
        <source> · output %1</source>
        <translation> · 输出 %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>an ordinal number: the 2nd</comment>
        <translation>第 %1</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>每个步骤</translation>
    </message>
    <message>
        <source>every %1 step, and the last</source>
        <extracomment>%1 is an ordinal number as the language writes it: &quot;2nd&quot;, &quot;2.&quot;, &quot;第2&quot;</extracomment>
        <translation>每隔 %1 个步骤取一个，以及最后一个</translation>
    </message>
    <message>
        <source>the first and the last step of each phase</source>
        <translation>每个阶段的第一个和最后一个步骤</translation>
    </message>
    <message>
        <source>the last step</source>
        <translation>最后一个步骤</translation>
    </message>
    <message numerus="yes">
        <source>%n steps follow, %1 to a page.</source>
        <comment>%n step follows, %1 to a page.</comment>
        <translation>
            <numerusform>以下共 %n 步，每页 %1 步。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>%1; crop %2 in total: %3 before, %4 after (TensorFlow puts the odd one after)</source>
        <translation>%1；共裁剪 %2：前面 %3，后面 %4（TensorFlow 把多出的奇数部分放在后面）</translation>
    </message>
    <message>
        <source>%1; padding %2 in total: %3 before, %4 after (TensorFlow puts the odd one after)</source>
        <translation>%1；共填充 %2：前面 %3，后面 %4（TensorFlow 把多出的奇数部分放在后面）</translation>
    </message>
    <message>
        <source>%1; crop %2 in total: %3 before, %4 after</source>
        <translation>%1；共裁剪 %2：前面 %3，后面 %4</translation>
    </message>
    <message>
        <source>%1; padding %2 in total: %3 before, %4 after</source>
        <translation>%1；共填充 %2：前面 %3，后面 %4</translation>
    </message>
    <message numerus="yes">
        <source>%1; nothing to crop: the canvas is only %2 long, so %n zeros are added after</source>
        <comment>%1; nothing to crop: the canvas is only %2 long, so %n zero is added after</comment>
        <translation>
            <numerusform>%1；无需裁剪：画布长度只有 %2，因此在后面补 %n 个零</numerusform>
        </translation>
    </message>
    <message>
        <source>pooled ⌊i/s⌋ = ⌊%1/%2⌋ = %3, output o = pooled·s = %3·%2 = %4</source>
        <translation>pooled ⌊i/s⌋ = ⌊%1/%2⌋ = %3，输出 o = pooled·s = %3·%2 = %4</translation>
    </message>
    <message>
        <source>rows: %1
columns: %2</source>
        <translation>行：%1
列：%2</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Language: en, de, es or zh_CN (default: as chosen in View → Language, else the system&apos;s).</source>
        <translation>语言：en、de、es 或 zh_CN（默认：视图 → 语言中选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <source>Convolution and transposed convolution, animated step by step.</source>
        <translation>卷积与转置卷积，逐步动画演示。</translation>
    </message>
    <message>
        <source>Opens LESSON (a lesson or problem JSON file), or the last lesson, or the default one.</source>
        <translation>打开 LESSON（课程或问题 JSON 文件），否则打开上次的课程或默认课程。</translation>
    </message>
    <message>
        <source>Lesson file to open.</source>
        <translation>要打开的课程文件。</translation>
    </message>
    <message>
        <source>convstep: --lang must be en, de, es or zh_CN, got &quot;%1&quot;</source>
        <translation>convstep：--lang 必须是 en、de、es 或 zh_CN，实际为 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>is missing; the file must be {&quot;upstream&quot;: [[…]]}, a grid shaped like the output</source>
        <translation>缺失；文件必须是 {&quot;upstream&quot;: [[…]]}，即形状与输出相同的网格</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than the 16 MiB limit</source>
        <translation>%1 超过了 16 MiB 的上限</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>；你是不是想写 &quot;%1&quot;？</translation>
    </message>
    <message>
        <source>must be an integer, got %1</source>
        <translation>必须是整数，实际为 %1</translation>
    </message>
    <message>
        <source>must be an integer or a [rows, cols] pair, got %1</source>
        <translation>必须是整数或 [rows, cols] 数对，实际为 %1</translation>
    </message>
    <message>
        <source>must be a finite number, got %1</source>
        <translation>必须是有限数，实际为 %1</translation>
    </message>
    <message>
        <source>must be a non-empty list of equally long rows of numbers, got %1</source>
        <translation>必须是由等长数字行组成的非空列表，实际为 %1</translation>
    </message>
    <message>
        <source>must have 1 to %1 rows, got %2</source>
        <translation>必须有 1 到 %1 行，实际为 %2</translation>
    </message>
    <message>
        <source>must have 1 to %1 columns, got %2</source>
        <translation>必须有 1 到 %1 列，实际为 %2</translation>
    </message>
    <message>
        <source>must be a non-empty list of equally long rows of numbers; row %1 is %2</source>
        <translation>必须是由等长数字行组成的非空列表；第 %1 行是 %2</translation>
    </message>
    <message>
        <source>rows must be equally long; row %1 has %2 values, row 0 has %3</source>
        <translation>各行长度必须相同；第 %1 行有 %2 个值，第 0 行有 %3 个</translation>
    </message>
    <message>
        <source>values must be finite numbers; row %1, column %2 is %3</source>
        <translation>值必须是有限数；第 %1 行第 %2 列是 %3</translation>
    </message>
    <message>
        <source>is not a known field%1</source>
        <translation>不是已知字段%1</translation>
    </message>
    <message>
        <source>the file is larger than the 16 MiB limit</source>
        <translation>文件超过了 16 MiB 的上限</translation>
    </message>
    <message>
        <source>the document must be a JSON object such as %1</source>
        <translation>文档必须是 JSON 对象，例如 %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>%1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>a value (a number, &quot;text&quot;, true, false, null, a [list] or an {object})</source>
        <translation>一个值（数字、&quot;text&quot;、true、false、null、[列表] 或 {对象}）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is empty: it holds only spaces and line breaks</source>
        <translation>文件为空：其中只有空格和换行</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为 %1，却遇到 %2</translation>
    </message>
    <message>
        <source>the file ends before an object is closed: a } is missing</source>
        <translation>文件在对象结束前就结束了：缺少 }</translation>
    </message>
    <message>
        <source>a field name in &quot;double quotes&quot;</source>
        <translation>用 &quot;双引号&quot; 括起的字段名</translation>
    </message>
    <message>
        <source>a comma or } after the value</source>
        <translation>值后面的逗号或 }</translation>
    </message>
    <message>
        <source>a colon (:) after the field name</source>
        <translation>字段名后面的冒号（:）</translation>
    </message>
    <message>
        <source>the file ends before a list is closed: a ] is missing</source>
        <translation>文件在列表结束前就结束了：缺少 ]</translation>
    </message>
    <message>
        <source>a comma or ] after the value</source>
        <translation>值后面的逗号或 ]</translation>
    </message>
    <message>
        <source>a comma between the values of the list</source>
        <translation>列表各值之间的逗号</translation>
    </message>
    <message>
        <source>{ at the start of the file</source>
        <translation>文件开头的 {</translation>
    </message>
    <message>
        <source>the file ends in the middle of a number, or just after one where a closing ] or } should follow</source>
        <translation>文件在数字中间结束，或者在数字之后、本应出现 ] 或 } 的地方结束</translation>
    </message>
    <message>
        <source>%1 is not a number JSON can hold: write numbers such as 2, -0.5 or 1e3 (no NaN, infinity or leading +, and at most about 1.8e308)</source>
        <translation>%1 不是 JSON 能表示的数字：请写成 2、-0.5 或 1e3 这样的数字（不能是 NaN、无穷大或以 + 开头，且最大约为 1.8e308）</translation>
    </message>
    <message>
        <source>a backslash in a string starts an escape JSON does not know (\u needs four hexadecimal digits; write \\ for a backslash)</source>
        <translation>字符串中的反斜杠开始了一个 JSON 不认识的转义（\u 需要四位十六进制数字；反斜杠本身请写成 \\）</translation>
    </message>
    <message>
        <source>a string holds bytes that are not UTF-8 text; save the file as UTF-8</source>
        <translation>字符串中含有不是 UTF-8 文本的字节；请将文件保存为 UTF-8</translation>
    </message>
    <message>
        <source>the file ends inside a string: a closing &quot; is missing</source>
        <translation>文件在字符串内部结束：缺少结束的 &quot;</translation>
    </message>
    <message>
        <source>%1 after the colon</source>
        <translation>冒号后面的 %1</translation>
    </message>
    <message>
        <source>%1 after the comma (JSON allows no comma before a closing } or ])</source>
        <translation>逗号后面的 %1（JSON 不允许在结束的 } 或 ] 之前有逗号）</translation>
    </message>
    <message>
        <source>lists and objects are nested too deeply</source>
        <translation>列表和对象的嵌套层数过深</translation>
    </message>
    <message>
        <source>the document is too large to read</source>
        <translation>文档太大，无法读取</translation>
    </message>
    <message>
        <source>found %1 after the end of the document; a file holds one {…} object</source>
        <translation>在文档结束后发现 %1；一个文件只能包含一个 {…} 对象</translation>
    </message>
    <message>
        <source>is missing; a problem needs &quot;op&quot;, &quot;input&quot; and &quot;kernel&quot; (an upsampling op: &quot;scale&quot; instead of &quot;kernel&quot;)</source>
        <translation>缺失；问题需要 &quot;op&quot;、&quot;input&quot; 和 &quot;kernel&quot;（上采样操作用 &quot;scale&quot; 代替 &quot;kernel&quot;）</translation>
    </message>
    <message>
        <source>must be an object of languages such as {&quot;de&quot;: {&quot;title&quot;: &quot;…&quot;, &quot;note&quot;: &quot;…&quot;}}, got %1</source>
        <translation>必须是以语言为键的对象，例如 {&quot;de&quot;: {&quot;title&quot;: &quot;…&quot;, &quot;note&quot;: &quot;…&quot;}}，实际为 %1</translation>
    </message>
    <message>
        <source>is not a language code such as &quot;de&quot; or &quot;zh_CN&quot;</source>
        <translation>不是语言代码，例如 &quot;de&quot; 或 &quot;zh_CN&quot;</translation>
    </message>
    <message>
        <source>must be an object with a &quot;title&quot; and a &quot;note&quot;, got %1</source>
        <translation>必须是包含 &quot;title&quot; 和 &quot;note&quot; 的对象，实际为 %1</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>必须是字符串，实际为 %1</translation>
    </message>
    <message>
        <source>must be &quot;valid&quot;, &quot;same&quot;, an integer or a [rows, cols] pair, got %1</source>
        <translation>必须是 &quot;valid&quot;、&quot;same&quot;、整数或 [rows, cols] 数对，实际为 %1</translation>
    </message>
    <message>
        <source>must be &quot;conv2d&quot;, &quot;conv_transpose2d&quot;, &quot;upsample_nearest&quot;, &quot;upsample_bilinear&quot;, &quot;bed_of_nails&quot; or &quot;max_unpool2d&quot;, got %1%2</source>
        <translation>必须是 &quot;conv2d&quot;、&quot;conv_transpose2d&quot;、&quot;upsample_nearest&quot;、&quot;upsample_bilinear&quot;、&quot;bed_of_nails&quot; 或 &quot;max_unpool2d&quot;，实际为 %1%2</translation>
    </message>
    <message>
        <source>does not apply to %1, which has no kernel; an upsampling op takes only &quot;input&quot; and &quot;scale&quot; (and &quot;align_corners&quot;)</source>
        <translation>不适用于 %1，因为它没有卷积核；上采样操作只接受 &quot;input&quot; 和 &quot;scale&quot;（以及 &quot;align_corners&quot;）</translation>
    </message>
    <message>
        <source>does not apply to %1, which has no kernel; an upsampling op takes only &quot;input&quot; and &quot;scale&quot;</source>
        <translation>不适用于 %1，因为它没有卷积核；上采样操作只接受 &quot;input&quot; 和 &quot;scale&quot;</translation>
    </message>
    <message>
        <source>does not apply to %1; an upsampling op takes only &quot;input&quot; and &quot;scale&quot; (and &quot;align_corners&quot;)</source>
        <translation>不适用于 %1；上采样操作只接受 &quot;input&quot; 和 &quot;scale&quot;（以及 &quot;align_corners&quot;）</translation>
    </message>
    <message>
        <source>does not apply to %1; an upsampling op takes only &quot;input&quot; and &quot;scale&quot;</source>
        <translation>不适用于 %1；上采样操作只接受 &quot;input&quot; 和 &quot;scale&quot;</translation>
    </message>
    <message>
        <source>is missing; %1 needs &quot;scale&quot;: 1 to %2, or [rows, cols]</source>
        <translation>缺失；%1 需要 &quot;scale&quot;：1 到 %2，或 [rows, cols]</translation>
    </message>
    <message>
        <source>applies only to the upsampling ops (upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d), not %1</source>
        <translation>仅适用于上采样操作（upsample_nearest、upsample_bilinear、bed_of_nails、max_unpool2d），不适用于 %1</translation>
    </message>
    <message>
        <source>applies only to upsample_bilinear, not %1</source>
        <translation>仅适用于 upsample_bilinear，不适用于 %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>必须是 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>不能为负数，实际为 %1</translation>
    </message>
    <message>
        <source>must be &quot;transposed&quot; or &quot;resize-conv&quot;, got %1%2</source>
        <translation>必须是 &quot;transposed&quot; 或 &quot;resize-conv&quot;，实际为 %1%2</translation>
    </message>
    <message>
        <source>is missing; a training spec needs &quot;image&quot;, &quot;scale&quot;, &quot;model&quot;, &quot;kernel&quot;, &quot;learning_rate&quot; and &quot;steps&quot;</source>
        <translation>缺失；训练配置需要 &quot;image&quot;、&quot;scale&quot;、&quot;model&quot;、&quot;kernel&quot;、&quot;learning_rate&quot; 和 &quot;steps&quot;</translation>
    </message>
    <message>
        <source>applies only to the &quot;transposed&quot; model; &quot;resize-conv&quot; pads &apos;same&apos;</source>
        <translation>仅适用于 &quot;transposed&quot; 模型；&quot;resize-conv&quot; 使用 &apos;same&apos; 填充</translation>
    </message>
    <message>
        <source>must have 1 to %1 channels, got %2</source>
        <translation>必须有 1 到 %1 个通道，实际为 %2</translation>
    </message>
    <message>
        <source>must have 1 to %1 kernels in a row, got %2</source>
        <translation>每行必须有 1 到 %1 个卷积核，实际为 %2</translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation>通道 %1：%2</translation>
    </message>
    <message>
        <source>kernel [%1, %2]: %3</source>
        <translation>卷积核 [%1, %2]：%3</translation>
    </message>
    <message>
        <source>must be a 2-D grid [kh][kw] or a 4-D weight (conv2d [C_out][C_in/groups][kh][kw], conv_transpose2d [C_in][C_out/groups][kh][kw])</source>
        <translation>必须是 2-D 网格 [kh][kw] 或 4-D 权重（conv2d 为 [C_out][C_in/groups][kh][kw]，conv_transpose2d 为 [C_in][C_out/groups][kh][kw]）</translation>
    </message>
    <message>
        <source>must be a 2-D grid [H][W] or a 3-D array [C_in][H][W], got a %1-D array</source>
        <translation>必须是 2-D 网格 [H][W] 或 3-D 数组 [C_in][H][W]，实际为 %1-D 数组</translation>
    </message>
    <message>
        <source>%1, got a %2-D array</source>
        <translation>%1，实际为 %2-D 数组</translation>
    </message>
    <message>
        <source>the weight&apos;s first axis must have 1 to %1 channels, got %2</source>
        <translation>权重的第一个轴必须有 1 到 %1 个通道，实际为 %2</translation>
    </message>
    <message>
        <source>%1; row %2 of the weight is %3</source>
        <translation>%1；权重的第 %2 行是 %3</translation>
    </message>
    <message>
        <source>the weight&apos;s rows must hold equally many kernels; row %1 has %2, row 0 has %3</source>
        <translation>权重各行的卷积核数量必须相同；第 %1 行有 %2 个，第 0 行有 %3 个</translation>
    </message>
    <message>
        <source>a list must have 1 to %1 numbers, one per output channel, got %2</source>
        <translation>列表必须有 1 到 %1 个数，每个输出通道一个，实际为 %2</translation>
    </message>
    <message>
        <source>must be finite numbers; entry %1 is %2</source>
        <translation>必须是有限数；第 %1 项是 %2</translation>
    </message>
    <message>
        <source>holds %1 characters; a %2 may hold at most %3</source>
        <translation>包含 %1 个字符；%2 最多只能有 %3 个</translation>
    </message>
    <message>
        <source>cannot be convolved with the kernel: %1</source>
        <translation>无法与卷积核做卷积：%1</translation>
    </message>
    <message>
        <source>its convolution with the kernel is %1, but the input is %2</source>
        <translation>它与卷积核的卷积结果为 %1，但输入为 %2</translation>
    </message>
    <message>
        <source>its convolution with the kernel gives %1 at row %2, column %3, where the input has %4</source>
        <translation>它与卷积核的卷积在第 %2 行第 %3 列得到 %1，而输入在此处为 %4</translation>
    </message>
    <message>
        <source>must be &quot;direct&quot;, &quot;zero-insertion&quot;, &quot;matrix&quot;, &quot;backward-input&quot; or &quot;backward-kernel&quot;, got %1%2</source>
        <translation>必须是 &quot;direct&quot;、&quot;zero-insertion&quot;、&quot;matrix&quot;、&quot;backward-input&quot; 或 &quot;backward-kernel&quot;，实际为 %1%2</translation>
    </message>
    <message>
        <source>applies only to conv2d and conv_transpose2d: %1 has no kernel to differentiate</source>
        <translation>仅适用于 conv2d 和 conv_transpose2d：%1 没有可求导的卷积核</translation>
    </message>
    <message>
        <source>applies only to conv_transpose2d, not %1</source>
        <translation>仅适用于 conv_transpose2d，不适用于 %1</translation>
    </message>
    <message>
        <source>applies only to a problem of one channel in and one out</source>
        <translation>仅适用于单输入通道、单输出通道的问题</translation>
    </message>
    <message>
        <source>belongs inside the lessons of the sequence; a file holds one problem or a &quot;sequence&quot; of them, not both</source>
        <translation>应放在序列的各个课程中；一个文件只能包含一个问题或由问题组成的 &quot;sequence&quot;，不能两者兼有</translation>
    </message>
    <message>
        <source>must be a non-empty list of lessons, got %1</source>
        <translation>必须是非空的课程列表，实际为 %1</translation>
    </message>
    <message>
        <source>holds %1 lessons; a sequence may hold at most %2</source>
        <translation>包含 %1 个课程；一个序列最多只能包含 %2 个</translation>
    </message>
    <message>
        <source>must be a lesson object, got %1</source>
        <translation>必须是课程对象，实际为 %1</translation>
    </message>
    <message>
        <source>a lesson of a sequence cannot hold a sequence itself</source>
        <translation>序列中的课程本身不能再包含序列</translation>
    </message>
</context>
<context>
    <name>LearnUpsampleLab</name>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>x[%1] = input %2 = %3</source>
        <translation>x[%1] = 输入 %2 = %3</translation>
    </message>
    <message>
        <source>y[%1] = output %2 = %3</source>
        <translation>y[%1] = 输出 %2 = %3</translation>
    </message>
    <message>
        <source>0: input %1 is outside the window of output %2</source>
        <translation>0：输入 %1 在输出 %2 的窗口之外</translation>
    </message>
    <message>
        <source>%1, kernel %2
output %3 += kernel %2 · input %4 = %1 · %5</source>
        <translation>%1，卷积核 %2
输出 %3 += 卷积核 %2 · 输入 %4 = %1 · %5</translation>
    </message>
    <message>
        <source>0: output %2 does not read input %1</source>
        <translation>0：输出 %2 不读取输入 %1</translation>
    </message>
    <message>
        <source>%1, a fixed weight (nothing learns it)
output %2 += %1 · input %3 = %1 · %4</source>
        <translation>%1，固定权重（不参与学习）
输出 %2 += %1 · 输入 %3 = %1 · %4</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>0: input channel %1 is not in the group of output channel %2</source>
        <translation>0：输入通道 %1 不在输出通道 %2 所在的分组中</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>Padding zeros are not inputs: drop the gradient that landed on them, %1 from the top, %2 from the bottom, %3 from the left and %4 from the right, leaving ∂L/∂x, %5.</source>
        <translation>填充的零不是输入：丢弃落在它们上面的梯度，上方去掉 %1，下方 %2，左侧 %3，右侧 %4，剩下 ∂L/∂x，%5。</translation>
    </message>
    <message>
        <source>Multiply ∂L/∂y %1 = %2 by every kernel weight and add the products into rows %3, columns %4 of the gradient of the padded input (%5): the cells this output&apos;s window read.</source>
        <translation>将 ∂L/∂y %1 = %2 乘以每个卷积核权重，把乘积加到填充后输入的梯度（%5）的第 %3 行、第 %4 列：即该输出的窗口读取过的单元格。</translation>
    </message>
    <message>
        <source>Multiply ∂L/∂y %1 = %2 by every kernel weight and add the products into rows %3, columns %4 of ∂L/∂x: the cells this output&apos;s window read.</source>
        <translation>将 ∂L/∂y %1 = %2 乘以每个卷积核权重，把乘积加到 ∂L/∂x 的第 %3 行、第 %4 列：即该输出的窗口读取过的单元格。</translation>
    </message>
    <message>
        <source>Backward through conv2d, ∂L/∂x = Cᵀ·∂L/∂y: the transposed convolution of ∂L/∂y with the same kernel, scatter and sum.</source>
        <translation>反向传播经过 conv2d，∂L/∂x = Cᵀ·∂L/∂y：即用同一个卷积核对 ∂L/∂y 做转置卷积，散布并累加。</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of ∂L/∂y&apos;s canvas, where input %3 scattered to, multiply each pair and add them: ∂L/∂x %3 = %4.</source>
        <translation>把卷积核放在 ∂L/∂y 画布的第 %1 行、第 %2 列，即输入 %3 散布到的位置，逐对相乘后相加：∂L/∂x %3 = %4。</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of ∂L/∂y, where input %3 scattered to, multiply each pair and add them: ∂L/∂x %3 = %4.</source>
        <translation>把卷积核放在 ∂L/∂y 的第 %1 行、第 %2 列，即输入 %3 散布到的位置，逐对相乘后相加：∂L/∂x %3 = %4。</translation>
    </message>
    <message>
        <source>Backward through conv_transpose2d, ∂L/∂x = C·∂L/∂y: an ordinary convolution of ∂L/∂y with the same kernel, stride and dilation.</source>
        <translation>反向传播经过 conv_transpose2d，∂L/∂x = C·∂L/∂y：即用相同的卷积核、步幅和膨胀对 ∂L/∂y 做普通卷积。</translation>
    </message>
    <message>
        <source>Kernel element %1 met the padded input at rows %2, columns %3 (one cell per output): multiply each by ∂L/∂y of its output and add them: ∂L/∂W %1 = %4.</source>
        <translation>卷积核元素 %1 与填充后输入的第 %2 行、第 %3 列相遇（每个输出一个单元格）：将每个值乘以其对应输出的 ∂L/∂y 后相加：∂L/∂W %1 = %4。</translation>
    </message>
    <message>
        <source>Kernel element %1 met the input at rows %2, columns %3 (one cell per output): multiply each by ∂L/∂y of its output and add them: ∂L/∂W %1 = %4.</source>
        <translation>卷积核元素 %1 与输入的第 %2 行、第 %3 列相遇（每个输出一个单元格）：将每个值乘以其对应输出的 ∂L/∂y 后相加：∂L/∂W %1 = %4。</translation>
    </message>
    <message>
        <source>∂L/∂W is the input correlated with ∂L/∂y: each weight&apos;s gradient adds, over every output, the input value it multiplied times that output&apos;s gradient.</source>
        <translation>∂L/∂W 是输入与 ∂L/∂y 的互相关：每个权重的梯度是对所有输出求和，每项为该权重所乘的输入值乘以该输出的梯度。</translation>
    </message>
    <message>
        <source>Kernel element %1 carried the inputs to rows %2, columns %3 of ∂L/∂y&apos;s canvas: multiply each ∂L/∂y there by its input and add them: ∂L/∂W %1 = %4.</source>
        <translation>卷积核元素 %1 把输入带到了 ∂L/∂y 画布的第 %2 行、第 %3 列：将那里的每个 ∂L/∂y 乘以对应的输入后相加：∂L/∂W %1 = %4。</translation>
    </message>
    <message>
        <source>Kernel element %1 carried the inputs to rows %2, columns %3 of ∂L/∂y: multiply each ∂L/∂y there by its input and add them: ∂L/∂W %1 = %4.</source>
        <translation>卷积核元素 %1 把输入带到了 ∂L/∂y 的第 %2 行、第 %3 列：将那里的每个 ∂L/∂y 乘以对应的输入后相加：∂L/∂W %1 = %4。</translation>
    </message>
    <message>
        <source>∂L/∂W correlates ∂L/∂y with the input: each weight&apos;s gradient adds, over every input cell, the input value times ∂L/∂y where the weight carried it.</source>
        <translation>∂L/∂W 是 ∂L/∂y 与输入的互相关：每个权重的梯度是对所有输入单元格求和，每项为输入值乘以该权重把它带到之处的 ∂L/∂y。</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of Cᵀ (column %1 of C) has %n non-zeros; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</source>
        <comment>Row %1 of Cᵀ (column %1 of C) has %n non-zero; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</comment>
        <translation>
            <numerusform>Cᵀ 的第 %1 行（C 的第 %1 列）有 %n 个非零元；它与展平后的输入的点积，加上偏置 %4，得到输出 %2 = %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of Cᵀ (column %1 of C) has %n non-zeros; its dot product with the flattened input gives output %2 = %3.</source>
        <comment>Row %1 of Cᵀ (column %1 of C) has %n non-zero; its dot product with the flattened input gives output %2 = %3.</comment>
        <translation>
            <numerusform>Cᵀ 的第 %1 行（C 的第 %1 列）有 %n 个非零元；它与展平后的输入的点积得到输出 %2 = %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of C has %n non-zeros; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</source>
        <comment>Row %1 of C has %n non-zero; its dot product with the flattened input, plus the bias %4, gives output %2 = %3.</comment>
        <translation>
            <numerusform>C 的第 %1 行有 %n 个非零元；它与展平后的输入的点积，加上偏置 %4，得到输出 %2 = %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of C has %n non-zeros; its dot product with the flattened input gives output %2 = %3.</source>
        <comment>Row %1 of C has %n non-zero; its dot product with the flattened input gives output %2 = %3.</comment>
        <translation>
            <numerusform>C 的第 %1 行有 %n 个非零元；它与展平后的输入的点积得到输出 %2 = %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;same&apos; padding</source>
        <translation>&apos;same&apos; 填充</translation>
    </message>
    <message>
        <source>the output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <source>Crop for %1: remove %2 from the top, %3 from the bottom, %4 from the left and %5 from the right (the odd one comes off the bottom/right), leaving %6.</source>
        <translation>为 %1 裁剪：上方去掉 %2，下方 %3，左侧 %4，右侧 %5（多出的奇数部分从下方/右侧去掉），剩下 %6。</translation>
    </message>
    <message>
        <source>Crop for %1: remove %2 from the top, %3 from the bottom, %4 from the left and %5 from the right, leaving %6.</source>
        <translation>为 %1 裁剪：上方去掉 %2，下方 %3，左侧 %4，右侧 %5，剩下 %6。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>%1 at the bottom and %2 at the right</source>
        <translation>下方 %1，右侧 %2</translation>
    </message>
    <message>
        <source>%1 at the bottom</source>
        <translation>下方 %1</translation>
    </message>
    <message>
        <source>%1 at the right</source>
        <translation>右侧 %1</translation>
    </message>
    <message>
        <source>output_padding adds %1, making the output %2</source>
        <translation>output_padding 增加 %1，使输出变为 %2</translation>
    </message>
    <message>
        <source>Keras makes the output input × stride: add %1, making the output %2</source>
        <translation>Keras 使输出等于输入 × 步幅：增加 %1，使输出变为 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; they take back canvas values the crop removed.</source>
        <comment>%1; it takes back canvas values the crop removed.</comment>
        <translation>
            <numerusform>%1；这些位置取回了被裁剪掉的画布值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the canvas has nothing there, so they hold zeros.</source>
        <comment>%1; the canvas has nothing there, so it holds zeros.</comment>
        <translation>
            <numerusform>%1；画布在那里没有值，因此它们为零。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 take back canvas values the crop removed</source>
        <comment>%1 takes back canvas values the crop removed</comment>
        <translation>
            <numerusform>%1 取回了被裁剪掉的画布值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lie past the canvas and hold zeros</source>
        <comment>%1 lies past the canvas and holds zeros</comment>
        <translation>
            <numerusform>%1 位于画布之外，值为零</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2, and %3.</source>
        <translation>%1；%2，以及 %3。</translation>
    </message>
    <message>
        <source>Add the bias %1 to each of the %2 output cells.</source>
        <translation>给 %2 个输出单元格各加上偏置 %1。</translation>
    </message>
    <message>
        <source>Multiply input %1 = %2 by every kernel weight and add the products into rows %3, columns %4 of the %5 canvas.</source>
        <translation>将输入 %1 = %2 乘以每个卷积核权重，把乘积加到 %5 画布的第 %3 行、第 %4 列。</translation>
    </message>
    <message>
        <source>Pad the %1 input with zeros: %2 above and below, %3 left and right, making it %4.</source>
        <translation>用零填充 %1 的输入：上下各 %2，左右各 %3，变为 %4。</translation>
    </message>
    <message>
        <source>Pad the %1 input with zeros: %2 above, %3 below, %4 left and %5 right (the odd extra zero goes after), making it %6.</source>
        <translation>用零填充 %1 的输入：上方 %2，下方 %3，左侧 %4，右侧 %5（多出的奇数个零放在后面），变为 %6。</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the padded input, multiply each pair and add them and the bias %5: output %3 = %4.</source>
        <translation>把卷积核放在填充后输入的第 %1 行、第 %2 列，逐对相乘，再把乘积与偏置 %5 相加：输出 %3 = %4。</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the padded input, multiply each pair and add them: output %3 = %4.</source>
        <translation>把卷积核放在填充后输入的第 %1 行、第 %2 列，逐对相乘后相加：输出 %3 = %4。</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the input, multiply each pair and add them and the bias %5: output %3 = %4.</source>
        <translation>把卷积核放在输入的第 %1 行、第 %2 列，逐对相乘，再把乘积与偏置 %5 相加：输出 %3 = %4。</translation>
    </message>
    <message>
        <source>Place the kernel on rows %1, columns %2 of the input, multiply each pair and add them: output %3 = %4.</source>
        <translation>把卷积核放在输入的第 %1 行、第 %2 列，逐对相乘后相加：输出 %3 = %4。</translation>
    </message>
    <message>
        <source>rows %1, columns %2</source>
        <translation>第 %1 行、第 %2 列</translation>
    </message>
    <message numerus="yes">
        <source>Place input %1 = %2 at output %3, the top-left of its block (%4); the other %n cells of its %5 block stay 0.</source>
        <comment>Place input %1 = %2 at output %3, the top-left of its block (%4); the other %n cell of its %5 block stay 0.</comment>
        <translation>
            <numerusform>把输入 %1 = %2 放到输出 %3，即其所在块的左上角（%4）；该 %5 块中其余 %n 个单元格保持为 0。</numerusform>
        </translation>
    </message>
    <message>
        <source>Place input %1 = %2 at output %3.</source>
        <translation>把输入 %1 = %2 放到输出 %3。</translation>
    </message>
    <message numerus="yes">
        <source>Copy input %1 = %2 into output %3: it is the nearest input of each of those %n cells.</source>
        <comment>Copy input %1 = %2 into output %3: it is the nearest input of each of those %n cell.</comment>
        <translation>
            <numerusform>把输入 %1 = %2 复制到输出 %3：它是这 %n 个单元格各自的最近邻输入。</numerusform>
        </translation>
    </message>
    <message>
        <source>half-pixel centres: (o + 0.5)/s − 0.5, at least 0</source>
        <translation>半像素中心：(o + 0.5)/s − 0.5，且不小于 0</translation>
    </message>
    <message>
        <source>Output %1 samples the input at row %2, column %3 (%4)</source>
        <translation>输出 %1 在输入的行 %2、列 %3 处取样（%4）</translation>
    </message>
    <message>
        <source>%1; it lands on input %2 and copies it: output %3 = %4.</source>
        <translation>%1；该点落在输入 %2 上并复制它：输出 %3 = %4。</translation>
    </message>
    <message>
        <source>%1; it blends the %2 inputs around that point, each weighted by its closeness: output %3 = %4.</source>
        <translation>%1；它混合该点周围的 %2 个输入，各按距离远近加权：输出 %3 = %4。</translation>
    </message>
    <message>
        <source>%1 and the last %2</source>
        <translation>%1 以及最后 %2</translation>
    </message>
    <message>
        <source>max_pool2d leaves out the input&apos;s last %1: no whole block fits there.</source>
        <translation>max_pool2d 舍弃了输入的最后 %1：那里放不下一个完整的块。</translation>
    </message>
    <message numerus="yes">
        <source>Pool input %1: the largest of its %n values is %2 at input %3 (the first of equal maxima in row-major order); pooled %4 = %2 remembers that position.</source>
        <comment>Pool input %1: the largest of its %n value is %2 at input %3 (the first of equal maxima in row-major order); pooled %4 = %2 remembers that position.</comment>
        <translation>
            <numerusform>对输入 %1 做池化：其 %n 个值中最大的是输入 %3 处的 %2（若有相等的最大值，取按行优先顺序的第一个）；池化结果 %4 = %2 记住这个位置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pool input %1: the largest of its %n values is %2 at input %3; pooled %4 = %2 remembers that position.</source>
        <comment>Pool input %1: the largest of its %n value is %2 at input %3; pooled %4 = %2 remembers that position.</comment>
        <translation>
            <numerusform>对输入 %1 做池化：其 %n 个值中最大的是输入 %3 处的 %2；池化结果 %4 = %2 记住这个位置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpool pooled %1 = %2 back to output %3, where its maximum came from; the other %n cells of its %4 block (%5) get 0.</source>
        <comment>Unpool pooled %1 = %2 back to output %3, where its maximum came from; the other %n cell of its %4 block (%5) get 0.</comment>
        <translation>
            <numerusform>把池化结果 %1 = %2 反池化回输出 %3，即其最大值的来源；该 %4 块中其余 %n 个单元格（%5）为 0。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpool pooled %1 = %2 back to output %3, where its maximum came from.</source>
        <translation>把池化结果 %1 = %2 反池化回输出 %3，即其最大值的来源。</translation>
    </message>
    <message>
        <source>Put ∂L/∂y (%1) back where the forward pass wrote the output, on the %2 scatter canvas, with zeros where the crop cut it (%3 above, %4 below, %5 on the left, %6 on the right): those cells never reached the output, so their gradient is 0.</source>
        <translation>把 ∂L/∂y（%1）放回前向传播写出输出的位置，即 %2 的散布画布上，裁剪掉的地方补零（上方 %3，下方 %4，左侧 %5，右侧 %6）：这些单元格从未到达输出，因此梯度为 0。</translation>
    </message>
    <message>
        <source>The last %1 and %2 of ∂L/∂y lie past the scattered canvas: no input reached them, so they pass no gradient back.</source>
        <translation>∂L/∂y 的最后 %1 和 %2 位于散布画布之外：没有输入到达那里，因此它们不传回梯度。</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n zeros between neighbouring rows and %1 between neighbouring columns (stride − 1), turning the %2 input into %3.</source>
        <comment>Insert %n zero between neighbouring rows and %1 between neighbouring columns (stride − 1), turning the %2 input into %3.</comment>
        <translation>
            <numerusform>在相邻行之间插入 %n 个零，在相邻列之间插入 %1 个零（步幅 − 1），把 %2 的输入变为 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>d(k−1) − padding per side</source>
        <translation>每侧 d(k−1) − 填充</translation>
    </message>
    <message>
        <source>d(k−1) minus the &apos;same&apos; crop, whose odd part is at the bottom/right</source>
        <translation>d(k−1) 减去 &apos;same&apos; 裁剪量，其奇数部分在下方/右侧</translation>
    </message>
    <message>
        <source>d(k−1) minus the &apos;same&apos; crop</source>
        <translation>d(k−1) 减去 &apos;same&apos; 裁剪量</translation>
    </message>
    <message>
        <source>d(k−1) per side</source>
        <translation>每侧 d(k−1)</translation>
    </message>
    <message>
        <source>%1, plus output_padding at the bottom/right</source>
        <translation>%1，另在下方/右侧加上 output_padding</translation>
    </message>
    <message>
        <source>%1, plus the zeros Keras&apos;s output size adds at the bottom/right</source>
        <translation>%1，另在下方/右侧加上 Keras 输出尺寸所补的零</translation>
    </message>
    <message>
        <source>Pad with zeros: %1, %2, %3 and %4 (%5), making it %6.</source>
        <translation>用零填充：%1、%2、%3 和 %4（%5），变为 %6。</translation>
    </message>
    <message>
        <source>add %1 above</source>
        <translation>上方加 %1</translation>
    </message>
    <message>
        <source>remove %1 above</source>
        <translation>上方去掉 %1</translation>
    </message>
    <message>
        <source>add %1 below</source>
        <translation>下方加 %1</translation>
    </message>
    <message>
        <source>remove %1 below</source>
        <translation>下方去掉 %1</translation>
    </message>
    <message>
        <source>add %1 on the left</source>
        <translation>左侧加 %1</translation>
    </message>
    <message>
        <source>remove %1 on the left</source>
        <translation>左侧去掉 %1</translation>
    </message>
    <message>
        <source>add %1 on the right</source>
        <translation>右侧加 %1</translation>
    </message>
    <message>
        <source>remove %1 on the right</source>
        <translation>右侧去掉 %1</translation>
    </message>
    <message>
        <source>Rotate the kernel by 180° (flip it top to bottom and left to right): the transposed convolution is now an ordinary stride-1 convolution with it.</source>
        <translation>把卷积核旋转 180°（上下翻转并左右翻转）：此时转置卷积就是用它做的普通步幅为 1 的卷积。</translation>
    </message>
    <message>
        <source>Place the rotated kernel on rows %1, columns %2 and add the products and the bias %5: output %3 = %4.</source>
        <translation>把旋转后的卷积核放在第 %1 行、第 %2 列，把乘积与偏置 %5 相加：输出 %3 = %4。</translation>
    </message>
    <message>
        <source>Place the rotated kernel on rows %1, columns %2 and add the products: output %3 = %4.</source>
        <translation>把旋转后的卷积核放在第 %1 行、第 %2 列，把乘积相加：输出 %3 = %4。</translation>
    </message>
    <message numerus="yes">
        <source>input channels %1</source>
        <comment>input channel %1</comment>
        <translation>
            <numerusform>输入通道 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>output channels %1</source>
        <comment>output channel %1</comment>
        <translation>
            <numerusform>输出通道 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>padded input channels %1</source>
        <comment>padded input channel %1</comment>
        <translation>
            <numerusform>填充后的输入通道 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>zero-inserted input channels %1</source>
        <comment>zero-inserted input channel %1</comment>
        <translation>
            <numerusform>插零后的输入通道 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kernels %1</source>
        <comment>kernel %1</comment>
        <translation>
            <numerusform>卷积核 %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (group %1)</source>
        <translation>（第 %1 组）</translation>
    </message>
    <message>
        <source>Cᵀ (column %1 of C)</source>
        <translation>Cᵀ（C 的第 %1 列）</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zeros with the flattened input, plus the bias %8, gives output %6 = %7.</source>
        <comment>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zero with the flattened input, plus the bias %8, gives output %6 = %7.</comment>
        <translation>
            <numerusform>%2 的第 %1 行以 %3 对应 %4%5：其 %n 个非零元与展平后的输入的点积，加上偏置 %8，得到输出 %6 = %7。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zeros with the flattened input gives output %6 = %7.</source>
        <comment>Row %1 of %2 holds %3 against %4%5: the dot product of its %n non-zero with the flattened input gives output %6 = %7.</comment>
        <translation>
            <numerusform>%2 的第 %1 行以 %3 对应 %4%5：其 %n 个非零元与展平后的输入的点积得到输出 %6 = %7。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products and the bias %9: output %7 = %8.</source>
        <comment>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product and the bias %9: output %7 = %8.</comment>
        <translation>
            <numerusform>输出通道 %1%2：把旋转后的 %3 放在 %6 的第 %4 行、第 %5 列，逐对相乘，再把 %n 个乘积与偏置 %9 相加：输出 %7 = %8。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products: output %7 = %8.</source>
        <comment>Output channel %1%2: place the rotated %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product: output %7 = %8.</comment>
        <translation>
            <numerusform>输出通道 %1%2：把旋转后的 %3 放在 %6 的第 %4 行、第 %5 列，逐对相乘，再把 %n 个乘积相加：输出 %7 = %8。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products and the bias %9: output %7 = %8.</source>
        <comment>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product and the bias %9: output %7 = %8.</comment>
        <translation>
            <numerusform>输出通道 %1%2：把 %3 放在 %6 的第 %4 行、第 %5 列，逐对相乘，再把 %n 个乘积与偏置 %9 相加：输出 %7 = %8。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n products: output %7 = %8.</source>
        <comment>Output channel %1%2: place the %3 on rows %4, columns %5 of %6, multiply each pair and add the %n product: output %7 = %8.</comment>
        <translation>
            <numerusform>输出通道 %1%2：把 %3 放在 %6 的第 %4 行、第 %5 列，逐对相乘，再把 %n 个乘积相加：输出 %7 = %8。</numerusform>
        </translation>
    </message>
    <message>
        <source>Multiply input %1 = %2 by every weight of %3 and add the products into rows %4, columns %5 of the %6 canvas of %7.</source>
        <translation>将输入 %1 = %2 乘以 %3 的每个权重，把乘积加到 %7 的 %6 画布的第 %4 行、第 %5 列。</translation>
    </message>
    <message numerus="yes">
        <source>Add the bias %1 to each of the %n output channels&apos; %2 cells.</source>
        <comment>Add the bias %1 to each of the %n output channel&apos;s %2 cells.</comment>
        <translation>
            <numerusform>给 %n 个输出通道各自的 %2 个单元格加上偏置 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add each output channel&apos;s bias to its %1 cells: %2.</source>
        <translation>给每个输出通道的 %1 个单元格加上该通道的偏置：%2。</translation>
    </message>
    <message numerus="yes">
        <source>In each of the %n kernels: %1</source>
        <comment>In each of the %n kernel: %1</comment>
        <translation>
            <numerusform>在 %n 个卷积核中的每一个中：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In each of the %n output channels: %1</source>
        <comment>In each of the %n output channel: %1</comment>
        <translation>
            <numerusform>在 %n 个输出通道中的每一个中：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In each of the %n input channels: %1</source>
        <comment>In each of the %n input channel: %1</comment>
        <translation>
            <numerusform>在 %n 个输入通道中的每一个中：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>nearest-neighbour upsampling</source>
        <translation>最近邻上采样</translation>
    </message>
    <message>
        <source>bilinear upsampling</source>
        <translation>双线性上采样</translation>
    </message>
    <message>
        <source>bed of nails</source>
        <translation>钉床（bed of nails）</translation>
    </message>
    <message>
        <source>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), is all zeros: the output cell is not the top-left of its block, so output %3 = %4.</source>
        <translation>U（%2 的矩阵，固定权重：其中没有可学习的量）的第 %1 行全为零：该输出单元格不是其所在块的左上角，因此输出 %3 = %4。</translation>
    </message>
    <message>
        <source>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), has a single %5 at input %6: output %3 = %4.</source>
        <translation>U（%2 的矩阵，固定权重：其中没有可学习的量）的第 %1 行在输入 %6 处只有一个 %5：输出 %3 = %4。</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), has %n weights adding up to 1; its dot product with the flattened input gives output %3 = %4.</source>
        <comment>Row %1 of U, the matrix of %2 (fixed weights: nothing in it is learned), has %n weight adding up to 1; its dot product with the flattened input gives output %3 = %4.</comment>
        <translation>
            <numerusform>U（%2 的矩阵，固定权重：其中没有可学习的量）的第 %1 行有 %n 个权重，总和为 1；它与展平后的输入的点积得到输出 %3 = %4。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overlap</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>k = %1 with dilation %2 and s = %3</source>
        <translation>k = %1，膨胀 %2，s = %3</translation>
    </message>
    <message>
        <source>k = %1 is divisible by s = %2</source>
        <translation>k = %1 能被 s = %2 整除</translation>
    </message>
    <message>
        <source>k = %1 is not divisible by s = %2</source>
        <translation>k = %1 不能被 s = %2 整除</translation>
    </message>
    <message numerus="yes">
        <source>%1: every interior output cell receives %n contributions along each axis (%2 in all). The overlap is even, so a constant kernel leaves no checkerboard.</source>
        <comment>%1: every interior output cell receives %n contribution along each axis (%2 in all). The overlap is even, so a constant kernel leaves no checkerboard.</comment>
        <translation>
            <numerusform>%1：每个内部输出单元格沿每个轴接收 %n 份贡献（共 %2 份）。重叠是均匀的，因此常数卷积核不会留下棋盘伪影。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the kernel is shorter than the stride, so interior cells get %2 contributions along each axis: some receive nothing, leaving a grid of holes.</source>
        <translation>%1：卷积核比步幅短，因此内部单元格沿每个轴得到 %2 份贡献：有些单元格什么也收不到，留下网格状的空洞。</translation>
    </message>
    <message>
        <source>%1: interior output cells alternate between %2 contributions along each axis (%3 to %4 in all). The overlap is uneven, which prints a checkerboard even with a constant kernel.</source>
        <translation>%1：内部输出单元格沿每个轴交替接收 %2 份贡献（共 %3 到 %4 份）。重叠不均匀，即使卷积核是常数也会印出棋盘伪影。</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>pad</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>insert zeros</source>
        <translation>插零</translation>
    </message>
    <message>
        <source>rotate kernel</source>
        <translation>旋转卷积核</translation>
    </message>
    <message>
        <source>slide</source>
        <translation>滑动</translation>
    </message>
    <message>
        <source>scatter</source>
        <translation>散布</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>output padding</source>
        <translation>输出填充</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>interpolate</source>
        <translation>插值</translation>
    </message>
    <message>
        <source>place</source>
        <translation>放置</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>unpool</source>
        <translation>反池化</translation>
    </message>
    <message>
        <source>zeros</source>
        <comment>short for: insert zeros</comment>
        <translation>插零</translation>
    </message>
    <message>
        <source>rotate</source>
        <comment>short for: rotate kernel</comment>
        <translation>旋转</translation>
    </message>
    <message>
        <source>out pad</source>
        <comment>short for: output padding</comment>
        <translation>输出填充</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 has no kernel to differentiate</source>
        <translation>%1 没有可求导的卷积核</translation>
    </message>
    <message>
        <source>must be shaped like the output, %1, got %2</source>
        <translation>形状必须与输出相同，即 %1，实际为 %2</translation>
    </message>
    <message>
        <source>values must be finite numbers; row %1, column %2 is not</source>
        <translation>值必须是有限数；第 %1 行第 %2 列不是</translation>
    </message>
    <message>
        <source>values are too large: the gradient could exceed the largest double-precision number</source>
        <translation>值过大：梯度可能超过双精度浮点数的最大值</translation>
    </message>
    <message>
        <source>%1 has only the direct view, not %2</source>
        <translation>%1 只有 direct 视图，没有 %2</translation>
    </message>
    <message>
        <source>the transposed model makes a %1 output, not the image&apos;s %2 (kernel %3, scale %4); padding %5 with output_padding %6 would fit</source>
        <translation>转置模型生成 %1 的输出，而不是图像的 %2（卷积核 %3，缩放 %4）；填充 %5 加上 output_padding %6 可以匹配</translation>
    </message>
    <message>
        <source>must be a finite number, 0 or more, got %1</source>
        <translation>必须是大于或等于 0 的有限数，实际为 %1</translation>
    </message>
    <message>
        <source>must be %1 to %2, got %3</source>
        <translation>必须是 %1 到 %2，实际为 %3</translation>
    </message>
    <message>
        <source>must have 1 to %1 rows and columns, got %2</source>
        <translation>行数和列数必须是 1 到 %1，实际为 %2</translation>
    </message>
    <message>
        <source>rows and columns must be multiples of the scale %1, got %2</source>
        <translation>行数和列数必须是缩放倍数 %1 的倍数，实际为 %2</translation>
    </message>
    <message>
        <source>values must be finite numbers</source>
        <translation>值必须是有限数</translation>
    </message>
    <message>
        <source>must be 1 to %1, got %2</source>
        <translation>必须是 1 到 %1，实际为 %2</translation>
    </message>
    <message>
        <source>applies only to the transposed model; resize-conv pads &apos;same&apos;</source>
        <translation>仅适用于转置模型；resize-conv 使用 &apos;same&apos; 填充</translation>
    </message>
    <message>
        <source>must have 1 to %1 rows, got %2</source>
        <translation>必须有 1 到 %1 行，实际为 %2</translation>
    </message>
    <message>
        <source>must have 1 to %1 columns, got %2</source>
        <translation>必须有 1 到 %1 列，实际为 %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2 on each axis, got %3</source>
        <translation>每个轴上都必须在 %1 到 %2 之间，实际为 %3</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>不能为负数，实际为 %1</translation>
    </message>
    <message>
        <source>applies only to conv_transpose2d, got %1</source>
        <translation>仅适用于 conv_transpose2d，实际为 %1</translation>
    </message>
    <message>
        <source>must be smaller than the stride on the rows axis (Keras), got %1 with stride %2</source>
        <translation>在行方向上必须小于步幅（Keras），实际为 %1，步幅为 %2</translation>
    </message>
    <message>
        <source>must be smaller than the stride on the columns axis (Keras), got %1 with stride %2</source>
        <translation>在列方向上必须小于步幅（Keras），实际为 %1，步幅为 %2</translation>
    </message>
    <message>
        <source>must be smaller than max(stride, dilation) = %1 on the rows axis (PyTorch), got %2</source>
        <translation>在行方向上必须小于 max(stride, dilation) = %1（PyTorch），实际为 %2</translation>
    </message>
    <message>
        <source>must be smaller than max(stride, dilation) = %1 on the columns axis (PyTorch), got %2</source>
        <translation>在列方向上必须小于 max(stride, dilation) = %1（PyTorch），实际为 %2</translation>
    </message>
    <message>
        <source>gives %1 rows, which TensorFlow rejects: a forward convolution of that size would have %2 rows, not %3 (got output_padding %4)</source>
        <translation>得到 %1 行，TensorFlow 不接受：该尺寸的前向卷积会有 %2 行，而不是 %3 行（output_padding 为 %4）</translation>
    </message>
    <message>
        <source>gives %1 columns, which TensorFlow rejects: a forward convolution of that size would have %2 columns, not %3 (got output_padding %4)</source>
        <translation>得到 %1 列，TensorFlow 不接受：该尺寸的前向卷积会有 %2 列，而不是 %3 列（output_padding 为 %4）</translation>
    </message>
    <message>
        <source>the dilated kernel spans %1 rows but the padded input has only %2</source>
        <translation>膨胀后的卷积核跨 %1 行，但填充后的输入只有 %2 行</translation>
    </message>
    <message>
        <source>the dilated kernel spans %1 columns but the padded input has only %2</source>
        <translation>膨胀后的卷积核跨 %1 列，但填充后的输入只有 %2 列</translation>
    </message>
    <message>
        <source>is too large: the output would have %1 rows</source>
        <translation>过大：输出将有 %1 行</translation>
    </message>
    <message>
        <source>is too large: the output would have %1 columns</source>
        <translation>过大：输出将有 %1 列</translation>
    </message>
    <message>
        <source>the output would have %1 rows; the limit is %2</source>
        <translation>输出将有 %1 行；上限为 %2</translation>
    </message>
    <message>
        <source>the output would have %1 columns; the limit is %2</source>
        <translation>输出将有 %1 列；上限为 %2</translation>
    </message>
    <message>
        <source>does not apply to %1, got %2; an upsampling op takes only &quot;input&quot; and &quot;scale&quot; (and &quot;align_corners&quot;)</source>
        <translation>不适用于 %1，实际为 %2；上采样操作只接受 &quot;input&quot; 和 &quot;scale&quot;（以及 &quot;align_corners&quot;）</translation>
    </message>
    <message>
        <source>does not apply to %1, got %2; an upsampling op takes only &quot;input&quot; and &quot;scale&quot;</source>
        <translation>不适用于 %1，实际为 %2；上采样操作只接受 &quot;input&quot; 和 &quot;scale&quot;</translation>
    </message>
    <message>
        <source>applies only to upsample_bilinear, not %1</source>
        <translation>仅适用于 upsample_bilinear，不适用于 %1</translation>
    </message>
    <message>
        <source>%1 takes no kernel, got %2</source>
        <translation>%1 不接受卷积核，实际为 %2</translation>
    </message>
    <message>
        <source>max_unpool2d pools in blocks of the scale %1, so it needs at least %2 rows, got %3</source>
        <translation>max_unpool2d 按缩放倍数 %1 的块做池化，因此至少需要 %2 行，实际为 %3</translation>
    </message>
    <message>
        <source>max_unpool2d pools in blocks of the scale %1, so it needs at least %2 columns, got %3</source>
        <translation>max_unpool2d 按缩放倍数 %1 的块做池化，因此至少需要 %2 列，实际为 %3</translation>
    </message>
    <message>
        <source>applies only to the upsampling ops (upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d), not %1; got %2</source>
        <translation>仅适用于上采样操作（upsample_nearest、upsample_bilinear、bed_of_nails、max_unpool2d），不适用于 %1；实际为 %2</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限数</translation>
    </message>
    <message>
        <source>values are too large: the output could exceed the largest double-precision number</source>
        <translation>值过大：输出可能超过双精度浮点数的最大值</translation>
    </message>
    <message>
        <source>Keras does not allow a stride above 1 together with a dilation above 1, got stride %1 and dilation %2</source>
        <translation>Keras 不允许步幅大于 1 的同时膨胀也大于 1，实际步幅为 %1，膨胀为 %2</translation>
    </message>
    <message>
        <source>Keras&apos;s Conv2DTranspose needs the same dilation on both axes, got %1</source>
        <translation>Keras 的 Conv2DTranspose 要求两个轴上的膨胀相同，实际为 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what is wrong with it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a 2-D kernel (one channel in, one out)</source>
        <translation>2-D 卷积核（单输入通道、单输出通道）</translation>
    </message>
    <message>
        <source>a conv2d weight is [C_out][C_in/groups][kh][kw], so its second axis must be %1/%2 = %3, got %4</source>
        <translation>conv2d 的权重为 [C_out][C_in/groups][kh][kw]，因此其第二个轴必须是 %1/%2 = %3，实际为 %4</translation>
    </message>
    <message>
        <source>a conv_transpose2d weight is [C_in][C_out/groups][kh][kw], so its first axis must be C_in = %1, got %2</source>
        <translation>conv_transpose2d 的权重为 [C_in][C_out/groups][kh][kw]，因此其第一个轴必须是 C_in = %1，实际为 %2</translation>
    </message>
    <message>
        <source>a list gives one bias per output channel, but the input and the kernel have no channel axes; write one number</source>
        <translation>列表表示每个输出通道一个偏置，但输入和卷积核都没有通道轴；请写一个数</translation>
    </message>
    <message>
        <source>the input must have 1 to %1 channels, got %2</source>
        <translation>输入必须有 1 到 %1 个通道，实际为 %2</translation>
    </message>
    <message>
        <source>channel %1 is %2; every one must be %3 like the first</source>
        <translation>通道 %1 为 %2；每个通道都必须和第一个一样是 %3</translation>
    </message>
    <message>
        <source>values must be finite numbers; channel %1, row %2, column %3 is not</source>
        <translation>值必须是有限数；通道 %1 第 %2 行第 %3 列不是</translation>
    </message>
    <message>
        <source>has %1 values (channels × rows × columns); the limit is %2</source>
        <translation>有 %1 个值（通道 × 行 × 列）；上限为 %2</translation>
    </message>
    <message>
        <source>the weight&apos;s first axis must have 1 to %1 channels, got %2</source>
        <translation>权重的第一个轴必须有 1 到 %1 个通道，实际为 %2</translation>
    </message>
    <message>
        <source>must be a 4-D array of equally many kernels per row, got %1 kernels in %2 rows</source>
        <translation>必须是每行卷积核数量相同的 4-D 数组，实际为 %2 行中共 %1 个卷积核</translation>
    </message>
    <message>
        <source>the weight&apos;s second axis must have 1 to %1 channels, got %2</source>
        <translation>权重的第二个轴必须有 1 到 %1 个通道，实际为 %2</translation>
    </message>
    <message>
        <source>kernel %1 is %2; every one must be %3 like the first</source>
        <translation>卷积核 %1 为 %2；每个卷积核都必须和第一个一样是 %3</translation>
    </message>
    <message>
        <source>values must be finite numbers; kernel %1, row %2, column %3 is not</source>
        <translation>值必须是有限数；卷积核 %1 第 %2 行第 %3 列不是</translation>
    </message>
    <message>
        <source>has %1 weights; the limit is %2</source>
        <translation>有 %1 个权重；上限为 %2</translation>
    </message>
    <message>
        <source>must be between 1 and %1, got %2</source>
        <translation>必须在 1 到 %1 之间，实际为 %2</translation>
    </message>
    <message numerus="yes">
        <source>must divide the input&apos;s %n channels, got %1</source>
        <comment>must divide the input&apos;s %n channel, got %1</comment>
        <translation>
            <numerusform>必须能整除输入的 %n 个通道，实际为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>gives %1 output channels; the limit is %2</source>
        <translation>得到 %1 个输出通道；上限为 %2</translation>
    </message>
    <message numerus="yes">
        <source>must divide the %n output channels (the weight&apos;s first axis), got %1</source>
        <comment>must divide the %n output channel (the weight&apos;s first axis), got %1</comment>
        <translation>
            <numerusform>必须能整除 %n 个输出通道（权重的第一个轴），实际为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a list needs one number per output channel, %1, got %2</source>
        <translation>列表必须为每个输出通道给出一个数，即 %1 个，实际为 %2</translation>
    </message>
    <message>
        <source>must be finite numbers; entry %1 is not</source>
        <translation>必须是有限数；第 %1 项不是</translation>
    </message>
    <message>
        <source>Keras&apos;s Conv2DTranspose has no groups, so padding &quot;%1&quot; needs groups 1; use integer padding (PyTorch), got groups %2</source>
        <translation>Keras 的 Conv2DTranspose 没有分组，因此填充 &quot;%1&quot; 要求 groups 为 1；请使用整数填充（PyTorch），实际 groups 为 %2</translation>
    </message>
    <message>
        <source>the output would have %1 values (channels × rows × columns); the limit is %2</source>
        <translation>输出将有 %1 个值（通道 × 行 × 列）；上限为 %2</translation>
    </message>
    <message>
        <source>the gradient is of a problem of one channel; this one has channel axes (a 3-D input or a 4-D kernel)</source>
        <translation>梯度只针对单通道问题；此问题带有通道轴（3-D 输入或 4-D 卷积核）</translation>
    </message>
    <message>
        <source>max_unpool2d has only the direct view, not %1: it is not linear (where each maximum goes depends on the values), so no matrix gives it</source>
        <translation>max_unpool2d 只有 direct 视图，没有 %1：它不是线性的（每个最大值去往何处取决于数值），因此没有矩阵能表示它</translation>
    </message>
    <message>
        <source>zero-insertion applies only to conv_transpose2d; use direct or matrix for %1</source>
        <translation>zero-insertion 仅适用于 conv_transpose2d；对 %1 请使用 direct 或 matrix</translation>
    </message>
    <message>
        <source>the %1 view traces one channel; this problem has channel axes</source>
        <translation>%1 视图只跟踪一个通道；此问题带有通道轴</translation>
    </message>
    <message>
        <source>%1 takes one channel: a 2-D input, no groups and no bias</source>
        <translation>%1 只接受单通道：2-D 输入，不分组，无偏置</translation>
    </message>
</context>
<context>
    <name>ShapeSweep</name>
    <message>
        <source>at %1 %2</source>
        <translation>%1 为 %2 时</translation>
    </message>
    <message>
        <source>At %1 %2</source>
        <translation>%1 为 %2 时</translation>
    </message>
    <message>
        <source>stride</source>
        <comment>the swept setting</comment>
        <translation>步幅</translation>
    </message>
    <message>
        <source>padding</source>
        <comment>the swept setting</comment>
        <translation>填充</translation>
    </message>
    <message>
        <source>input size</source>
        <comment>the swept setting</comment>
        <translation>输入尺寸</translation>
    </message>
    <message>
        <source>Keras &apos;valid&apos; (output_padding unset)</source>
        <translation>Keras &apos;valid&apos;（未设置 output_padding）</translation>
    </message>
    <message>
        <source>Keras &apos;same&apos; (output_padding unset)</source>
        <translation>Keras &apos;same&apos;（未设置 output_padding）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a setting and its values</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Kernel &lt; stride with &apos;valid&apos; (%1): the kernel copies do not reach each other, and Keras with output_padding unset sizes the output i·s + max(k − s, 0), padding the gap with zeros; PyTorch, and Keras with output_padding=0, give (i − 1)·s + k. %2: Keras %3 rows, PyTorch %4.</source>
        <translation>卷积核 &lt; 步幅且为 &apos;valid&apos;（%1）：卷积核的各个副本彼此接不上；未设置 output_padding 时，Keras 把输出尺寸定为 i·s + max(k − s, 0)，用零补齐空隙；PyTorch 以及 output_padding=0 时的 Keras 给出 (i − 1)·s + k。%2：Keras %3 行，PyTorch %4 行。</translation>
    </message>
    <message>
        <source>Asymmetric &apos;same&apos; (%1): the canvas must lose an odd number of rows; TensorFlow crops %2 before and %3 after (%4), the odd one at the bottom/right. PyTorch&apos;s integer padding is the same on both sides, so it needs output_padding to give the same rows back.</source>
        <translation>非对称的 &apos;same&apos;（%1）：画布必须去掉奇数行；TensorFlow 在前面裁剪 %2，后面裁剪 %3（%4），多出的一行在下方/右侧。PyTorch 的整数填充两侧相同，因此需要 output_padding 才能得到相同的行数。</translation>
    </message>
    <message>
        <source>Asymmetric &apos;same&apos; (%1): an odd number of padding zeros is needed; TensorFlow adds %2 before and %3 after (%4), the odd one at the bottom/right. PyTorch&apos;s integer padding is the same on both sides, so no padding=p reproduces it: pad by hand with F.pad first.</source>
        <translation>非对称的 &apos;same&apos;（%1）：需要奇数个填充零；TensorFlow 在前面加 %2，后面加 %3（%4），多出的一个在下方/右侧。PyTorch 的整数填充两侧相同，因此没有任何 padding=p 能重现它：请先用 F.pad 手动填充。</translation>
    </message>
    <message>
        <source>output_padding unset vs 0 with &apos;same&apos; (%1): unset, Keras makes the output i·s; output_padding=0 switches to (i − 1)·s + k − 2⌊k/2⌋, PyTorch&apos;s size with p = ⌊k/2⌋. %2: %3 rows unset, %4 with 0.</source>
        <translation>&apos;same&apos; 下 output_padding 未设置与设为 0 的区别（%1）：未设置时，Keras 使输出为 i·s；output_padding=0 则改为 (i − 1)·s + k − 2⌊k/2⌋，即 p = ⌊k/2⌋ 时 PyTorch 的尺寸。%2：未设置时 %3 行，设为 0 时 %4 行。</translation>
    </message>
    <message>
        <source>PyTorch and Keras agree on every size in this range where both accept the problem.</source>
        <translation>在此范围内，只要双方都接受该问题，PyTorch 和 Keras 在每个尺寸上都一致。</translation>
    </message>
    <message>
        <source>A gap in a line is a size the convention rejects (the output would be empty, output_padding too large, or Keras&apos;s stride-with-dilation rule).</source>
        <translation>线上的空缺表示该约定不接受的尺寸（输出为空、output_padding 过大，或违反 Keras 关于步幅与膨胀的规则）。</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>Kernel %1</source>
        <translation>卷积核 %1</translation>
    </message>
    <message>
        <source>zeros inserted and padded</source>
        <translation>已插零并填充</translation>
    </message>
    <message>
        <source>padded</source>
        <translation>已填充</translation>
    </message>
    <message>
        <source>Input %1, %2 → %3</source>
        <translation>输入 %1，%2 → %3</translation>
    </message>
    <message>
        <source>Input %1 → %2</source>
        <translation>输入 %1 → %2</translation>
    </message>
    <message>
        <source>Canvas %1 → output %2</source>
        <translation>画布 %1 → 输出 %2</translation>
    </message>
    <message>
        <source>Canvas %1 → %2</source>
        <translation>画布 %1 → %2</translation>
    </message>
    <message>
        <source>Pooled maxima %1</source>
        <translation>池化最大值 %1</translation>
    </message>
    <message>
        <source>%1, rotated 180°</source>
        <translation>%1，旋转 180°</translation>
    </message>
    <message>
        <source>Rotated kernel</source>
        <translation>旋转后的卷积核</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>步骤 %1/%2 · %3</translation>
    </message>
    <message>
        <source>%1: fixed, not learned</source>
        <translation>%1：固定，不参与学习</translation>
    </message>
    <message>
        <source>%1, fixed</source>
        <translation>%1，固定</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>%1 on the canvas, %2</source>
        <translation>画布上的 %1，%2</translation>
    </message>
    <message>
        <source>Padded %1 → %2</source>
        <translation>填充后 %1 → %2</translation>
    </message>
    <message>
        <source>Zero-inserted %1</source>
        <translation>插零后 %1</translation>
    </message>
    <message>
        <source>Padded %1</source>
        <translation>填充后 %1</translation>
    </message>
    <message>
        <source>Input channel %1 of %2 (%3)</source>
        <translation>输入通道 %1 / %2（%3）</translation>
    </message>
    <message>
        <source>Input channel %1</source>
        <translation>输入通道 %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>%1, zeros inserted and padded → %2</source>
        <translation>%1，已插零并填充 → %2</translation>
    </message>
    <message>
        <source>%1, padded → %2</source>
        <translation>%1，已填充 → %2</translation>
    </message>
    <message>
        <source>Input channel %1 → %2</source>
        <translation>输入通道 %1 → %2</translation>
    </message>
    <message>
        <source>Zero-inserted channel %1</source>
        <translation>插零后通道 %1</translation>
    </message>
    <message>
        <source>Padded channel %1</source>
        <translation>填充后通道 %1</translation>
    </message>
    <message>
        <source>Output channel %1 of %2 (%3)</source>
        <translation>输出通道 %1 / %2（%3）</translation>
    </message>
    <message>
        <source>Output channel %1</source>
        <translation>输出通道 %1</translation>
    </message>
    <message>
        <source>Canvas %1 → output channel %2 (%3)</source>
        <translation>画布 %1 → 输出通道 %2（%3）</translation>
    </message>
    <message>
        <source>Canvas %1 → channel %2</source>
        <translation>画布 %1 → 通道 %2</translation>
    </message>
    <message>
        <source>Kernel %1 (%2)</source>
        <translation>卷积核 %1（%2）</translation>
    </message>
    <message>
        <source>Rotated %1</source>
        <translation>旋转后的 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n input channels</source>
        <translation>
            <numerusform>%n 个输入通道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kernels</source>
        <translation>
            <numerusform>%n 个卷积核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output channels</source>
        <translation>
            <numerusform>%n 个输出通道</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, block-diagonal over %2 groups</source>
        <translation>%1，按 %2 个分组呈块对角</translation>
    </message>
    <message>
        <source>%1, not in this step</source>
        <translation>%1，不在此步中</translation>
    </message>
    <message>
        <source>not in this step</source>
        <translation>不在此步中</translation>
    </message>
</context>
<context>
    <name>StageAccessible</name>
    <message>
        <source>Shift+arrow keys move from cell to cell and from grid to grid; F2 edits an input or kernel cell</source>
        <translation>Shift+方向键在单元格之间、网格之间移动；F2 编辑输入或卷积核的单元格</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>none</source>
        <comment>no indices</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>the &apos;same&apos; crop</source>
        <translation>&apos;same&apos; 裁剪</translation>
    </message>
    <message numerus="yes">
        <source>it starts at row stride %1 × input row %2 − %3 %4 = %5 and covers the kernel&apos;s %n rows</source>
        <comment>it starts at row stride %1 × input row %2 − %3 %4 = %5 and covers the kernel&apos;s %n row</comment>
        <translation>
            <numerusform>它的起始行 = 步幅 %1 × 输入行 %2 − %3 %4 = %5，并覆盖卷积核的 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it starts at column stride %1 × input column %2 − %3 %4 = %5 and covers the kernel&apos;s %n columns</source>
        <comment>it starts at column stride %1 × input column %2 − %3 %4 = %5 and covers the kernel&apos;s %n column</comment>
        <translation>
            <numerusform>它的起始列 = 步幅 %1 × 输入列 %2 − %3 %4 = %5，并覆盖卷积核的 %n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it starts at row stride %1 × input row %2 = %3 and covers the kernel&apos;s %n rows</source>
        <comment>it starts at row stride %1 × input row %2 = %3 and covers the kernel&apos;s %n row</comment>
        <translation>
            <numerusform>它的起始行 = 步幅 %1 × 输入行 %2 = %3，并覆盖卷积核的 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it starts at column stride %1 × input column %2 = %3 and covers the kernel&apos;s %n columns</source>
        <comment>it starts at column stride %1 × input column %2 = %3 and covers the kernel&apos;s %n column</comment>
        <translation>
            <numerusform>它的起始列 = 步幅 %1 × 输入列 %2 = %3，并覆盖卷积核的 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 apart (dilation)</source>
        <translation>%1，相隔 %2（膨胀）</translation>
    </message>
    <message>
        <source>%1 (the output has only rows 0–%2)</source>
        <translation>%1（输出只有第 0–%2 行）</translation>
    </message>
    <message>
        <source>%1 (the output has only columns 0–%2)</source>
        <translation>%1（输出只有第 0–%2 列）</translation>
    </message>
    <message>
        <source>Not right: %1.</source>
        <translation>不对：%1。</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>reasons in a row</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>value</source>
        <comment>what an exercise asks for</comment>
        <translation>值</translation>
    </message>
    <message>
        <source>reach</source>
        <comment>what an exercise asks for</comment>
        <translation>到达范围</translation>
    </message>
    <message>
        <source>shape</source>
        <comment>what an exercise asks for</comment>
        <translation>形状</translation>
    </message>
    <message>
        <source>recipe</source>
        <comment>what an exercise asks for</comment>
        <translation>插零方案</translation>
    </message>
    <message>
        <source>the kernel has %1</source>
        <translation>卷积核有 %1</translation>
    </message>
    <message>
        <source>this cell receives %1</source>
        <translation>该单元格接收 %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>a zero</source>
        <translation>一个零</translation>
    </message>
    <message numerus="yes">
        <source>you added %n products; %1 (the missing one is %2 × kernel %3 = %4 = %5)</source>
        <comment>you added %n product; %1 (the missing one is %2 × kernel %3 = %4 = %5)</comment>
        <translation>
            <numerusform>你加了 %n 个乘积；%1（缺少的那个是 %2 × 卷积核 %3 = %4 = %5）</numerusform>
        </translation>
    </message>
    <message>
        <source>that is the sum with the kernel turned 180°; conv2d multiplies by the kernel as it stands (PyTorch and Keras compute a cross-correlation, without a flip)</source>
        <translation>这是卷积核旋转 180° 后的和；conv2d 按卷积核的原样相乘（PyTorch 和 Keras 计算的是互相关，不翻转）</translation>
    </message>
    <message>
        <source>that is the sum with the kernel as it stands; sliding over the zero-inserted input needs the kernel turned 180°</source>
        <translation>这是按卷积核原样计算的和；在插零后的输入上滑动时，需要把卷积核旋转 180°</translation>
    </message>
    <message>
        <source>you left out the bias %1</source>
        <translation>你漏掉了偏置 %1</translation>
    </message>
    <message>
        <source>Right: output %1 = %2 = %3.</source>
        <translation>正确：输出 %1 = %2 = %3。</translation>
    </message>
    <message>
        <source>Not right: %1. Output %2 = %3 = %4.</source>
        <translation>不对：%1。输出 %2 = %3 = %4。</translation>
    </message>
    <message>
        <source>Not right: %1 is not the value. Output %2 = %3 = %4.</source>
        <translation>不对：%1 不是这个值。输出 %2 = %3 = %4。</translation>
    </message>
    <message>
        <source>Right: input %1 reaches no output cell.</source>
        <translation>正确：输入 %1 不会到达任何输出单元格。</translation>
    </message>
    <message numerus="yes">
        <source>Right: input %1 reaches rows %2 and columns %3, %n cells.</source>
        <comment>Right: input %1 reaches rows %2 and columns %3, %n cell.</comment>
        <translation>
            <numerusform>正确：输入 %1 到达第 %2 行和第 %3 列，共 %n 个单元格。</numerusform>
        </translation>
    </message>
    <message>
        <source>this input reaches rows %1, not %2: %3</source>
        <translation>该输入到达的是第 %1 行，而不是第 %2 行：%3</translation>
    </message>
    <message>
        <source>this input reaches columns %1, not %2: %3</source>
        <translation>该输入到达的是第 %1 列，而不是第 %2 列：%3</translation>
    </message>
    <message>
        <source>it also reaches %1</source>
        <translation>它还会到达 %1</translation>
    </message>
    <message>
        <source>it does not reach %1</source>
        <translation>它不会到达 %1</translation>
    </message>
    <message>
        <source>rows %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>columns %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Right: the output is %1.</source>
        <translation>正确：输出为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>the output has %n rows, not %1: %2</source>
        <comment>the output has %n row, not %1: %2</comment>
        <translation>
            <numerusform>输出有 %n 行，而不是 %1 行：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the output has %n columns, not %1: %2</source>
        <comment>the output has %n column, not %1: %2</comment>
        <translation>
            <numerusform>输出有 %n 列，而不是 %1 列：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Right: with stride − 1 zeros between neighbours the input is %1.</source>
        <translation>正确：在相邻元素之间插入 步幅 − 1 个零后，输入为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>the zero-inserted input has %n rows, not %1: %2</source>
        <comment>the zero-inserted input has %n row, not %1: %2</comment>
        <translation>
            <numerusform>插零后的输入有 %n 行，而不是 %1 行：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the zero-inserted input has %n columns, not %1: %2</source>
        <comment>the zero-inserted input has %n column, not %1: %2</comment>
        <translation>
            <numerusform>插零后的输入有 %n 列，而不是 %1 列：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>This problem has no zero-insertion recipe with padding of zero or more: a side would have to be cropped instead.</source>
        <translation>此问题没有填充量大于或等于零的插零方案：某一侧反而需要裁剪。</translation>
    </message>
    <message>
        <source>%1: %2 = %3, not %4</source>
        <comment>a recipe&apos;s number, why it is what it is</comment>
        <translation>%1：%2 = %3，而不是 %4</translation>
    </message>
    <message>
        <source>zeros between rows</source>
        <translation>行间的零</translation>
    </message>
    <message>
        <source>zeros between columns</source>
        <translation>列间的零</translation>
    </message>
    <message>
        <source>d(k−1) − %1 = %2 − %3</source>
        <translation>d(k−1) − %1 = %2 − %3</translation>
    </message>
    <message>
        <source>o + d(k−1) − zero-inserted rows − pad top = %1 + %2 − %3 − %4</source>
        <translation>o + d(k−1) − 插零后行数 − 上方填充 = %1 + %2 − %3 − %4</translation>
    </message>
    <message>
        <source>o + d(k−1) − zero-inserted columns − pad left = %1 + %2 − %3 − %4</source>
        <translation>o + d(k−1) − 插零后列数 − 左侧填充 = %1 + %2 − %3 − %4</translation>
    </message>
    <message>
        <source>pad top</source>
        <translation>上方填充</translation>
    </message>
    <message>
        <source>pad bottom</source>
        <translation>下方填充</translation>
    </message>
    <message>
        <source>pad left</source>
        <translation>左侧填充</translation>
    </message>
    <message>
        <source>pad right</source>
        <translation>右侧填充</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>正确：%1。</translation>
    </message>
    <message>
        <source>Not right: this exercise asks for the %1, not the %2.</source>
        <translation>不对：这道练习问的是 %1，而不是 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Right: input %1 reaches canvas rows %2 and columns %3, %n cells.</source>
        <comment>Right: input %1 reaches canvas rows %2 and columns %3, %n cell.</comment>
        <translation>
            <numerusform>正确：输入 %1 到达画布的第 %2 行和第 %3 列，共 %n 个单元格。</numerusform>
        </translation>
    </message>
    <message>
        <source>this input reaches canvas rows %1, not %2: %3</source>
        <translation>该输入到达的是画布的第 %1 行，而不是第 %2 行：%3</translation>
    </message>
    <message>
        <source>this input reaches canvas columns %1, not %2: %3</source>
        <translation>该输入到达的是画布的第 %1 列，而不是第 %2 列：%3</translation>
    </message>
    <message>
        <source>canvas rows %1: %2</source>
        <translation>画布第 %1 行：%2</translation>
    </message>
    <message>
        <source>canvas columns %1: %2</source>
        <translation>画布第 %1 列：%2</translation>
    </message>
    <message>
        <source>that is the stride applied to the wrong side: the inputs spread over the output by the stride, as a transposed convolution spreads them; conv2d moves its window over the input by the stride %1, so the window of output %2 starts at padded input %3</source>
        <translation>这是把步幅用在了错误的一侧：像转置卷积那样按步幅把输入散布到输出上；而 conv2d 是按步幅 %1 在输入上移动窗口，因此输出 %2 的窗口从填充后输入的 %3 开始</translation>
    </message>
    <message>
        <source>that is the stride applied to the wrong side: a window moved over the input by the stride, as conv2d moves it; a transposed convolution spreads the inputs over the output by the stride %1, so input (i, j) lands from canvas cell %2</source>
        <translation>这是把步幅用在了错误的一侧：像 conv2d 那样按步幅在输入上移动窗口；而转置卷积是按步幅 %1 把输入散布到输出上，因此输入 (i, j) 从画布单元格 %2 开始落下</translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation>填充 %1</translation>
    </message>
    <message>
        <source>&apos;same&apos; padding</source>
        <translation>&apos;same&apos; 填充</translation>
    </message>
    <message>
        <source>that is the padding on one side only: %1 adds zeros at the top and left as well as at the bottom and right, so the window of output %2 starts at input %3, not %4</source>
        <translation>这是只算了一侧的填充：%1 不仅在下方和右侧补零，也在上方和左侧补零，因此输出 %2 的窗口从输入 %3 开始，而不是 %4</translation>
    </message>
    <message>
        <source>that is the crop on one side only: %1 removes canvas rows and columns at the top and left as well as at the bottom and right, so output %2 is canvas cell %3, not %4</source>
        <translation>这是只算了一侧的裁剪：%1 不仅从下方和右侧去掉画布的行和列，也从上方和左侧去掉，因此输出 %2 是画布单元格 %3，而不是 %4</translation>
    </message>
    <message>
        <source>the output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message numerus="yes">
        <source>%1 removes %n rows from the top and %2 from the bottom of the %3 canvas rows, 0–%4</source>
        <comment>%1 removes %n row from the top and %2 from the bottom of the %3 canvas rows, 0–%4</comment>
        <translation>
            <numerusform>%1 从画布的 %3 行（第 0–%4 行）中，在上方去掉 %n 行，在下方去掉 %2 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removes %n columns from the left and %2 from the right of the %3 canvas columns, 0–%4</source>
        <comment>%1 removes %n column from the left and %2 from the right of the %3 canvas columns, 0–%4</comment>
        <translation>
            <numerusform>%1 从画布的 %3 列（第 0–%4 列）中，在左侧去掉 %n 列，在右侧去掉 %2 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Keras&apos;s output size, input × stride,</source>
        <translation>Keras 的输出尺寸（输入 × 步幅）</translation>
    </message>
    <message>
        <source>the crop kept rows %1</source>
        <translation>裁剪保留了第 %1 行</translation>
    </message>
    <message>
        <source>the crop kept columns %1</source>
        <translation>裁剪保留了第 %1 列</translation>
    </message>
    <message>
        <source>the canvas has rows %1</source>
        <translation>画布有第 %1 行</translation>
    </message>
    <message>
        <source>the canvas has columns %1</source>
        <translation>画布有第 %1 列</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 adds %n rows at the bottom</source>
        <comment>%1 and %2 adds %n row at the bottom</comment>
        <translation>
            <numerusform>%1，且 %2 在下方增加 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 adds %n columns at the right</source>
        <comment>%1 and %2 adds %n column at the right</comment>
        <translation>
            <numerusform>%1，且 %2 在右侧增加 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rows past %2 lie beyond the canvas and hold zeros)</source>
        <translation>%1（第 %2 行之后的行位于画布之外，值为零）</translation>
    </message>
    <message>
        <source>%1 (columns past %2 lie beyond the canvas and hold zeros)</source>
        <translation>%1（第 %2 列之后的列位于画布之外，值为零）</translation>
    </message>
    <message>
        <source>Right: the crop keeps canvas rows %1 and columns %2, leaving %3.</source>
        <translation>正确：裁剪保留画布的第 %1 行和第 %2 列，剩下 %3。</translation>
    </message>
    <message>
        <source>Right: the output is canvas rows %1 and columns %2, %3.</source>
        <translation>正确：输出是画布的第 %1 行和第 %2 列，即 %3。</translation>
    </message>
    <message>
        <source>the crop keeps canvas rows %1, not %2: %3</source>
        <translation>裁剪保留的是画布的第 %1 行，而不是第 %2 行：%3</translation>
    </message>
    <message>
        <source>the crop keeps canvas columns %1, not %2: %3</source>
        <translation>裁剪保留的是画布的第 %1 列，而不是第 %2 列：%3</translation>
    </message>
    <message>
        <source>the output is canvas rows %1, not %2: %3</source>
        <translation>输出是画布的第 %1 行，而不是第 %2 行：%3</translation>
    </message>
    <message>
        <source>the output is canvas columns %1, not %2: %3</source>
        <translation>输出是画布的第 %1 列，而不是第 %2 列：%3</translation>
    </message>
    <message>
        <source>Not right: that answer does not fit this question.</source>
        <translation>不对：这个答案与本题不符。</translation>
    </message>
    <message>
        <source>Not right: this step asks for nothing.</source>
        <translation>不对：这个步骤不需要作答。</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>zero insertion</source>
        <translation>插零</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>backward: input gradient</source>
        <translation>反向：输入梯度</translation>
    </message>
    <message>
        <source>backward: kernel gradient</source>
        <translation>反向：卷积核梯度</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n row</comment>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <comment>%n column</comment>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zeros</source>
        <comment>%n zero</comment>
        <translation>
            <numerusform>%n 个零</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells</source>
        <comment>%n cell</comment>
        <translation>
            <numerusform>%n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <comment>%n value</comment>
        <translation>
            <numerusform>%n 个值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <comment>%n product</comment>
        <translation>
            <numerusform>%n 个乘积</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>convstep</name>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source> (%1 products)</source>
        <translation>（%1 个乘积）</translation>
    </message>
    <message>
        <source>, in this step: %1 products</source>
        <translation>，本步骤中：%1 个乘积</translation>
    </message>
    <message>
        <source>, in this step: %1</source>
        <translation>，本步骤中：%1</translation>
    </message>
    <message>
        <source>Input %1: %2</source>
        <translation>输入 %1：%2</translation>
    </message>
    <message>
        <source>Padding at %1: not added yet</source>
        <translation>%1 处的填充：尚未添加</translation>
    </message>
    <message>
        <source>Padding at %1: %2</source>
        <translation>%1 处的填充：%2</translation>
    </message>
    <message>
        <source>Inserted zero at %1: not inserted yet</source>
        <translation>%1 处插入的零：尚未插入</translation>
    </message>
    <message>
        <source>Inserted zero at %1: %2</source>
        <translation>%1 处插入的零：%2</translation>
    </message>
    <message>
        <source>Upstream gradient %1: %2</source>
        <translation>上游梯度 %1：%2</translation>
    </message>
    <message>
        <source>, used in this step</source>
        <translation>，在本步骤中使用</translation>
    </message>
    <message>
        <source>Pooled maximum %1: not pooled yet</source>
        <translation>池化最大值 %1：尚未池化</translation>
    </message>
    <message>
        <source>Pooled maximum %1: %2, from input %3</source>
        <translation>池化最大值 %1：%2，来自输入 %3</translation>
    </message>
    <message>
        <source>, pooled in this step</source>
        <translation>，在本步骤中池化</translation>
    </message>
    <message>
        <source>, put back in this step</source>
        <translation>，在本步骤中放回</translation>
    </message>
    <message>
        <source>Kernel %1, turned 180°: %2</source>
        <translation>卷积核 %1，旋转 180°：%2</translation>
    </message>
    <message>
        <source>Kernel %1: %2</source>
        <translation>卷积核 %1：%2</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>Canvas %1, outside the output</source>
        <translation>画布 %1，在输出之外</translation>
    </message>
    <message>
        <source>%1: cropped away</source>
        <translation>%1：已被裁剪</translation>
    </message>
    <message>
        <source>%1: no products yet</source>
        <translation>%1：尚无乘积</translation>
    </message>
    <message>
        <source>%1: not computed yet</source>
        <translation>%1：尚未计算</translation>
    </message>
    <message>
        <source>%1, computed in this step: %2 = %3</source>
        <translation>%1，在本步骤中计算：%2 = %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, from 1 product</source>
        <translation>，来自 1 个乘积</translation>
    </message>
    <message>
        <source>, from %1 products</source>
        <translation>，来自 %1 个乘积</translation>
    </message>
    <message>
        <source>, written in this step</source>
        <translation>，在本步骤中写入</translation>
    </message>
    <message>
        <source>x[%1] = input %2: %3</source>
        <translation>x[%1] = 输入 %2：%3</translation>
    </message>
    <message>
        <source>y[%1] = output %2</source>
        <translation>y[%1] = 输出 %2</translation>
    </message>
    <message>
        <source>%1 %2: 0, input %3 is outside the window of output %4</source>
        <translation>%1 %2：0，输入 %3 在输出 %4 的窗口之外</translation>
    </message>
    <message>
        <source>%1 %2: %3, kernel %4 from input %5 to output %6</source>
        <translation>%1 %2：%3，卷积核 %4 从输入 %5 到输出 %6</translation>
    </message>
    <message>
        <source>, in this step&apos;s row</source>
        <translation>，在本步骤的行中</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>The input as the kernel reads it, with its padding and inserted zeros</source>
        <translation>卷积核所读取的输入，包括其填充和插入的零</translation>
    </message>
    <message>
        <source>The largest value of each block of the input, and where it was</source>
        <translation>输入中每个块的最大值及其位置</translation>
    </message>
    <message>
        <source>The kernel&apos;s weights</source>
        <translation>卷积核的权重</translation>
    </message>
    <message>
        <source>The canvas the products are added onto; the output is the part the crop keeps</source>
        <translation>乘积累加到其上的画布；输出是裁剪后保留的部分</translation>
    </message>
    <message>
        <source>The output, filled in step by step</source>
        <translation>逐步填写的输出</translation>
    </message>
    <message>
        <source>The operation as a matrix: row r makes output cell r and column c reads input cell c, cells counted row by row</source>
        <translation>以矩阵表示的运算：第 r 行生成输出单元格 r，第 c 列读取输入单元格 c，单元格按行依次编号</translation>
    </message>
    <message>
        <source>The input flattened row by row</source>
        <translation>按行展平的输入</translation>
    </message>
    <message>
        <source>The output flattened row by row: y = %1·x</source>
        <translation>按行展平的输出：y = %1·x</translation>
    </message>
</context>
<context>
    <name>convstep::BiasBox</name>
    <message>
        <source>Added to every output cell</source>
        <translation>加到每个输出单元上</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>按通道</translation>
    </message>
    <message>
        <source>A bias per output channel, set under Channels: %1</source>
        <translation>每个输出通道一个偏置，在“通道”中设置：%1</translation>
    </message>
</context>
<context>
    <name>convstep::CalculationStrip</name>
    <message>
        <source>Calculation</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>cells done: %1 of %2</source>
        <translation>已完成单元格：%1/%2</translation>
    </message>
    <message>
        <source>products in the output: %1 of %2 (%3 cropped away)</source>
        <translation>输出中的乘积：%1/%2（%3 个被裁剪）</translation>
    </message>
    <message>
        <source>products so far: %1</source>
        <translation>目前的乘积：%1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>cropped cell</source>
        <translation>被裁剪的单元格</translation>
    </message>
    <message>
        <source>%1 so far: %2 (%3)</source>
        <translation>%1 目前为：%2（%3）</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 个乘积</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 个乘积</translation>
    </message>
    <message>
        <source>No calculation</source>
        <translation>无计算</translation>
    </message>
    <message>
        <source>Predict first: the arithmetic shows once the step plays.</source>
        <translation>先预测：播放该步骤后会显示算式。</translation>
    </message>
</context>
<context>
    <name>convstep::ChannelEditor</name>
    <message>
        <source>Input channels</source>
        <translation>输入通道</translation>
    </message>
    <message>
        <source>C_in: the input&apos;s channels (3 for an RGB image)</source>
        <translation>C_in：输入的通道数（RGB 图像为 3）</translation>
    </message>
    <message>
        <source>Output channels</source>
        <translation>输出通道</translation>
    </message>
    <message>
        <source>C_out: one per filter</source>
        <translation>C_out：每个滤波器一个</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Each output channel sees only the input channels of its group; groups divides both channel counts</source>
        <translation>每个输出通道只看到其所在分组的输入通道；分组数必须整除两个通道数</translation>
    </message>
    <message>
        <source>Depthwise</source>
        <translation>深度卷积</translation>
    </message>
    <message>
        <source>groups = C_in: every input channel gets its own filters</source>
        <translation>groups = C_in：每个输入通道都有自己的滤波器</translation>
    </message>
    <message>
        <source>Bias per output channel</source>
        <translation>每个输出通道的偏置</translation>
    </message>
    <message>
        <source>one bias for all, or b0, b1, …</source>
        <translation>所有通道共用一个偏置，或 b0, b1, …</translation>
    </message>
    <message>
        <source>One number per output channel, separated by commas; empty: the bias term for every channel</source>
        <translation>每个输出通道一个数，用逗号分隔；留空：所有通道都使用该偏置项</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>bias per channel</source>
        <translation>每通道偏置</translation>
    </message>
    <message>
        <source>Groups must divide both channel counts (%1 and %2).</source>
        <translation>分组数必须整除两个通道数（%1 和 %2）。</translation>
    </message>
    <message>
        <source>Set channels to %1 → %2</source>
        <translation>将通道设为 %1 → %2</translation>
    </message>
    <message>
        <source> in %1 groups</source>
        <translation>，分为 %1 组</translation>
    </message>
    <message>
        <source>Make it depthwise: %1 → %2 in %3 groups</source>
        <translation>改为深度卷积：%1 → %2，分为 %3 组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Give one bias for the output channel.</source>
        <translation>请为该输出通道给出一个偏置。</translation>
    </message>
    <message>
        <source>Give %1 biases, one per output channel.</source>
        <translation>请给出 %1 个偏置，每个输出通道一个。</translation>
    </message>
    <message>
        <source>Use one bias for every channel</source>
        <translation>所有通道使用同一个偏置</translation>
    </message>
    <message>
        <source>Set a bias per channel</source>
        <translation>为每个通道设置偏置</translation>
    </message>
</context>
<context>
    <name>convstep::ChannelStackView</name>
    <message>
        <source>Channel stacks</source>
        <translation>通道堆叠</translation>
    </message>
    <message>
        <source>%1 input channels, %2 output channels; this step reads %3 and writes %4</source>
        <translation>%1 个输入通道，%2 个输出通道；此步骤读取 %3，写入 %4</translation>
    </message>
    <message>
        <source>The channel stacks show a convolution&apos;s layer.</source>
        <translation>通道堆叠展示了一个卷积层。</translation>
    </message>
    <message>
        <source>input: %1 × %2×%3</source>
        <translation>输入：%1 × %2×%3</translation>
    </message>
    <message>
        <source>output: %1 × %2×%3</source>
        <translation>输出：%1 × %2×%3</translation>
    </message>
</context>
<context>
    <name>convstep::CheckerboardImageLab</name>
    <message>
        <source>Open &amp;image…</source>
        <translation>打开图像(&amp;I)…</translation>
    </message>
    <message>
        <source>Sample &amp;photo</source>
        <translation>示例照片(&amp;P)</translation>
    </message>
    <message>
        <source>Row of the profile</source>
        <translation>剖面所在行</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>整幅图像</translation>
    </message>
    <message>
        <source>%1× around the row</source>
        <translation>围绕该行 %1×</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <source>Profile &amp;row:</source>
        <translation>剖面行(&amp;R)：</translation>
    </message>
    <message>
        <source>Row profile of the three upsampled images</source>
        <translation>三幅上采样图像的行剖面</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>brightness (input 0–1)</source>
        <translation>亮度（输入 0–1）</translation>
    </message>
    <message>
        <source>Each picture is stretched from its darkest to its brightest value; the profile shows the values themselves. The kernels are constant (weights s²/k² and 1/9), so any pattern comes from the overlap alone.</source>
        <translation>每幅图都从其最暗值拉伸到最亮值；剖面显示的是数值本身。卷积核是常数（权重 s²/k² 和 1/9），因此任何图案都只来自重叠。</translation>
    </message>
    <message>
        <source>Transposed conv k=3, s=2</source>
        <translation>转置卷积 k=3, s=2</translation>
    </message>
    <message>
        <source>Transposed conv k=4, s=2</source>
        <translation>转置卷积 k=4, s=2</translation>
    </message>
    <message>
        <source>Nearest ×2, then 3×3 conv</source>
        <translation>最近邻 ×2，再做 3×3 卷积</translation>
    </message>
    <message>
        <source>sample photo</source>
        <translation>示例照片</translation>
    </message>
    <message>
        <source>Could not open “%1” as an image: %2. The picture below is unchanged.</source>
        <translation>无法将“%1”作为图像打开：%2。下方图片保持不变。</translation>
    </message>
    <message>
        <source>%1: %2×%3, scaled to %4×%5</source>
        <translation>%1：%2×%3，缩放为 %4×%5</translation>
    </message>
    <message>
        <source>Open an Image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>column of row %1</source>
        <translation>第 %1 行的列</translation>
    </message>
    <message>
        <source>Upsample a picture of your own</source>
        <translation>对你自己的图片做上采样</translation>
    </message>
    <message>
        <source>Upsample the built-in photo</source>
        <translation>对内置照片做上采样</translation>
    </message>
    <message>
        <source>The image row plotted below</source>
        <translation>下方绘制的图像行</translation>
    </message>
    <message>
        <source>How much of the pictures to show around the profile row</source>
        <translation>在剖面行周围显示多少图片内容</translation>
    </message>
</context>
<context>
    <name>convstep::CheckerboardLab</name>
    <message>
        <source>Checkerboard lab</source>
        <translation>棋盘实验室</translation>
    </message>
    <message>
        <source>&amp;Overlap counts</source>
        <translation>重叠计数(&amp;O)</translation>
    </message>
    <message>
        <source>On a &amp;photo</source>
        <translation>在照片上(&amp;P)</translation>
    </message>
    <message>
        <source>Kernel size k</source>
        <translation>卷积核大小 k</translation>
    </message>
    <message>
        <source>Stride s</source>
        <translation>步幅 s</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>输入大小</translation>
    </message>
    <message>
        <source>&amp;Follow the current transposed problem</source>
        <translation>跟随当前转置问题(&amp;F)</translation>
    </message>
    <message>
        <source>Count the problem on the stage (with its padding, dilation and output_padding) when it is a transposed convolution</source>
        <translation>当舞台上的问题是转置卷积时，对其（连同填充、膨胀和 output_padding）进行计数</translation>
    </message>
    <message>
        <source>Row of the profile</source>
        <translation>剖面所在行</translation>
    </message>
    <message>
        <source>The output row plotted below; clicking the map picks one too</source>
        <translation>下方绘制的输出行；点击热力图也可选择一行</translation>
    </message>
    <message>
        <source>&amp;Kernel k:</source>
        <translation>卷积核 k(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Stride s:</source>
        <translation>步幅 s(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <source>Overlap counts heat map</source>
        <translation>重叠计数热力图</translation>
    </message>
    <message>
        <source>output column</source>
        <translation>输出列</translation>
    </message>
    <message>
        <source>output row</source>
        <translation>输出行</translation>
    </message>
    <message>
        <source>input cells reaching it</source>
        <translation>到达该处的输入单元格数</translation>
    </message>
    <message>
        <source>Overlap count along the chosen row</source>
        <translation>所选行上的重叠计数</translation>
    </message>
    <message>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Count along &amp;row:</source>
        <translation>计数所在行(&amp;R)：</translation>
    </message>
    <message>
        <source>(or click a row of the map)</source>
        <translation>（或点击热力图中的一行）</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The problem on the stage is not a transposed convolution (or its output is too large to draw): counting the k and s above.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;舞台上的问题不是转置卷积（或其输出太大无法绘制）：按上方的 k 和 s 计数。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Rows axis shown; the columns have their own k and s.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;显示的是行方向；列方向有自己的 k 和 s。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 × %2 output of conv_transpose2d</source>
        <translation>conv_transpose2d 的 %1 × %2 输出</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>output column (row %1)</source>
        <translation>输出列（第 %1 行）</translation>
    </message>
    <message>
        <source>The side of the transposed convolution&apos;s square kernel</source>
        <translation>转置卷积的正方形卷积核的边长</translation>
    </message>
    <message>
        <source>How far apart the stamped kernels land</source>
        <translation>印上的卷积核彼此相隔多远</translation>
    </message>
    <message>
        <source>The side of the square input</source>
        <translation>正方形输入的边长</translation>
    </message>
</context>
<context>
    <name>convstep::CodePanel</name>
    <message>
        <source>Framework code</source>
        <translation>框架代码</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
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
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>将脚本复制到剪贴板</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>框架(&amp;F)：</translation>
    </message>
    <message>
        <source>The problem as edited has an error (%1); this is the script of the last problem that worked.</source>
        <translation>编辑后的问题有错误（%1）；这是上一个可用问题的脚本。</translation>
    </message>
    <message>
        <source>Whose script to show: PyTorch&apos;s or Keras&apos;s</source>
        <translation>显示哪个框架的脚本：PyTorch 还是 Keras</translation>
    </message>
    <message>
        <source>The problem on the stage as a script that runs it</source>
        <translation>舞台上的问题，写成可运行它的脚本</translation>
    </message>
    <message>
        <source>The gradient is shown in PyTorch&apos;s autograd; this Keras script runs the forward pass.</source>
        <translation>梯度在 PyTorch 的 autograd 中显示；此 Keras 脚本只运行前向传播。</translation>
    </message>
</context>
<context>
    <name>convstep::CompareControls</name>
    <message>
        <source>zero insertion</source>
        <translation>插零</translation>
    </message>
    <message>
        <source>the matrix C</source>
        <translation>矩阵 C</translation>
    </message>
    <message>
        <source>the gradient ∂L/∂x</source>
        <translation>梯度 ∂L/∂x</translation>
    </message>
    <message>
        <source>the gradient ∂L/∂W</source>
        <translation>梯度 ∂L/∂W</translation>
    </message>
    <message>
        <source>the sliding window</source>
        <translation>滑动窗口</translation>
    </message>
    <message>
        <source>scatter and sum</source>
        <translation>散布并累加</translation>
    </message>
    <message>
        <source>Compared stage</source>
        <translation>对比舞台</translation>
    </message>
    <message>
        <source>Co&amp;mpare Side by Side</source>
        <translation>并排对比(&amp;M)</translation>
    </message>
    <message>
        <source>Compare: the same moment in the other view, or a convolution beside its transpose (C)</source>
        <translation>对比：另一视图中的同一时刻，或卷积与它的转置（C）并排</translation>
    </message>
    <message>
        <source>Upsampling has one picture only: there is nothing to compare it with.</source>
        <translation>上采样只有一幅图：没有可对比的对象。</translation>
    </message>
    <message>
        <source>The forward pass, %1: y = %2</source>
        <translation>前向传播，%1：y = %2</translation>
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
        <translation>它的转置，Cᵀ·y：%1 回到 %2——形状回来了，数值却没有</translation>
    </message>
    <message>
        <source>The same problem as %1</source>
        <translation>与 %1 相同的问题</translation>
    </message>
    <message>
        <source>The convolution that made the input: original %1 → %2</source>
        <translation>生成该输入的卷积：原始 %1 → %2</translation>
    </message>
</context>
<context>
    <name>convstep::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>旁白</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>输出大小</translation>
    </message>
    <message>
        <source>Output size formula</source>
        <translation>输出大小公式</translation>
    </message>
    <message>
        <source>Lesson note</source>
        <translation>课程笔记</translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation>没有课程</translation>
    </message>
    <message>
        <source>Open a lesson to see each step explained here.</source>
        <translation>打开一个课程，即可在此看到每个步骤的讲解。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>The step, the output size formula and the lesson note</source>
        <translation>步骤、输出大小公式和课程笔记</translation>
    </message>
    <message>
        <source>Predict first: this step is explained once it plays.</source>
        <translation>请先预测：此步骤播放后才会显示讲解。</translation>
    </message>
    <message>
        <source>Possibly out of date: the problem has been edited since this note was written. Lessons → Lesson Properties… updates it.</source>
        <translation>可能已过时：写下此笔记后问题已被编辑。可通过“课程 → 课程属性…”更新。</translation>
    </message>
</context>
<context>
    <name>convstep::ExportDialog</name>
    <message>
        <source>Export Animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>This lesson cannot be exported until its problem is fixed: %1</source>
        <translation>在修复其问题之前无法导出此课程：%1</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>请选择导出的保存位置。</translation>
    </message>
    <message>
        <source>“%1” is a file; frames are written into a folder.</source>
        <translation>“%1”是一个文件；帧会写入文件夹。</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>“%1”是一个文件夹；请选择文件名。</translation>
    </message>
    <message>
        <source>%1 video needs an even width and height, and %2 × %3 has an odd side. Try %4 × %5.</source>
        <translation>%1 视频需要偶数的宽度和高度，而 %2 × %3 有一边为奇数。请尝试 %4 × %5。</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <source>Auto: one step every half second, 12 frames a second when smooth</source>
        <translation>自动：每半秒一个步骤，平滑时每秒 12 帧</translation>
    </message>
    <message>
        <source>Only GIF and video have a frame rate</source>
        <translation>只有 GIF 和视频有帧率</translation>
    </message>
    <message>
        <source>Only for the PDF handout</source>
        <translation>仅用于 PDF 讲义</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>滑动窗口</translation>
    </message>
    <message>
        <source>Scatter &amp; sum</source>
        <translation>散布 &amp; 累加</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>Zero insertion</source>
        <translation>插零</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>GIF 动画</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>MP4 视频（H.264）</translation>
    </message>
    <message>
        <source>WebM video (VP9)</source>
        <translation>WebM 视频（VP9）</translation>
    </message>
    <message>
        <source>PNG frames (folder)</source>
        <translation>PNG 帧（文件夹）</translation>
    </message>
    <message>
        <source>SVG frames (folder)</source>
        <translation>SVG 帧（文件夹）</translation>
    </message>
    <message>
        <source>PDF handout</source>
        <translation>PDF 讲义</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Size presets</source>
        <translation>预设大小</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>S&amp;mooth: the kernel glides from step to step</source>
        <translation>平滑(&amp;M)：卷积核在步骤之间滑行</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Caption: narration and arithmetic under the grids</source>
        <translation>说明文字(&amp;C)：在网格下方显示旁白和算式</translation>
    </message>
    <message>
        <source>Preview of the first frame</source>
        <translation>第一帧预览</translation>
    </message>
    <message>
        <source>Show in Fol&amp;der</source>
        <translation>在文件夹中显示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Ste&amp;ps:</source>
        <translation>步骤(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>帧率(&amp;R)：</translation>
    </message>
    <message>
        <source>Ho&amp;ld first and last:</source>
        <translation>首尾停留(&amp;L)：</translation>
    </message>
    <message>
        <source>Steps per pa&amp;ge:</source>
        <translation>每页步骤数(&amp;G)：</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>文字大小(&amp;X)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation>1 帧</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>%1 帧</translation>
    </message>
    <message>
        <source>Folder for the Frames</source>
        <translation>存放帧的文件夹</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty. Replace the frames in it?</source>
        <translation>文件夹“%1”不是空的。要替换其中的帧吗？</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>替换？</translation>
    </message>
    <message>
        <source>Not exported: “%1” already exists.</source>
        <translation>未导出：“%1”已存在。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Wrote %1 — %2, %3</source>
        <translation>已写入 %1——%2，%3</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Stop the Export?</source>
        <translation>停止导出？</translation>
    </message>
    <message>
        <source>An export is running. Stop it and close? Nothing will be written.</source>
        <translation>导出正在进行。要停止并关闭吗？将不会写入任何内容。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>不到一秒</translation>
    </message>
    <message>
        <source>a second</source>
        <translation>一秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>First step at %1 · %2</source>
        <translation>第一步位于 %1 · %2</translation>
    </message>
    <message>
        <source>First frame at %1 · %2</source>
        <translation>第一帧位于 %1 · %2</translation>
    </message>
    <message>
        <source>About %1 · about %2 to export</source>
        <translation>约 %1 · 导出约需 %2</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂x</source>
        <translation>反向：∂L/∂x</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂W</source>
        <translation>反向：∂L/∂W</translation>
    </message>
    <message>
        <source>%1, an animation of %2</source>
        <translation>%1，%2 的动画</translation>
    </message>
    <message>
        <source>This export makes %1: about %2, and about %3 to write. Export it anyway?

Fewer steps (Steps: from … to) make it smaller; so does convstep-cli export with --every N, --phases or --final.</source>
        <translation>此次导出将生成 %1：约 %2，写入约需 %3。仍要导出吗？

减少步骤（步骤：从 … 至）可以让它更小；使用 convstep-cli export 加 --every N、--phases 或 --final 也可以。</translation>
    </message>
    <message>
        <source>Large Export</source>
        <translation>大型导出</translation>
    </message>
    <message>
        <source>Not exported: it would make %1.</source>
        <translation>未导出：它将生成 %1。</translation>
    </message>
</context>
<context>
    <name>convstep::GridAccessible</name>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>convstep::KeyHint</name>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; play/pause &amp;nbsp;·&amp;nbsp; &lt;b&gt;←/→&lt;/b&gt; or &lt;b&gt;PgUp/PgDn&lt;/b&gt; step &amp;nbsp;·&amp;nbsp; &lt;b&gt;Home/End&lt;/b&gt; first/last &amp;nbsp;·&amp;nbsp; &lt;b&gt;[ ]&lt;/b&gt; speed &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt; blank &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl + / −&lt;/b&gt; text size &amp;nbsp;·&amp;nbsp; &lt;b&gt;F11&lt;/b&gt; or &lt;b&gt;Esc&lt;/b&gt; leave</source>
        <translation>&lt;b&gt;Space&lt;/b&gt; 播放/暂停 &amp;nbsp;·&amp;nbsp; &lt;b&gt;←/→&lt;/b&gt; 或 &lt;b&gt;PgUp/PgDn&lt;/b&gt; 单步 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Home/End&lt;/b&gt; 第一步/最后一步 &amp;nbsp;·&amp;nbsp; &lt;b&gt;[ ]&lt;/b&gt; 速度 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt; 黑屏 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl + / −&lt;/b&gt; 文字大小 &amp;nbsp;·&amp;nbsp; &lt;b&gt;F11&lt;/b&gt; 或 &lt;b&gt;Esc&lt;/b&gt; 退出</translation>
    </message>
</context>
<context>
    <name>convstep::LabControls</name>
    <message>
        <source>Ways to Upsample</source>
        <translation>上采样方法</translation>
    </message>
    <message>
        <source>Checkerboard Lab</source>
        <translation>棋盘实验室</translation>
    </message>
    <message>
        <source>Shape Explorer</source>
        <translation>形状探索器</translation>
    </message>
    <message>
        <source>Framework Code</source>
        <translation>框架代码</translation>
    </message>
    <message>
        <source>Ways to &amp;Upsample</source>
        <translation>上采样方法(&amp;U)</translation>
    </message>
    <message>
        <source>Nearest, bilinear, bed of nails, max unpooling and a transposed convolution on the same input, played together</source>
        <translation>最近邻、双线性、钉床、最大反池化和转置卷积作用于同一输入，同时播放</translation>
    </message>
    <message>
        <source>&amp;Checkerboard Lab</source>
        <translation>棋盘实验室(&amp;C)</translation>
    </message>
    <message>
        <source>Why a transposed convolution prints a checkerboard: overlap counts and a photo</source>
        <translation>为什么转置卷积会印出棋盘格：重叠计数和照片</translation>
    </message>
    <message>
        <source>Shape E&amp;xplorer</source>
        <translation>形状探索器(&amp;X)</translation>
    </message>
    <message>
        <source>Output size against input size, stride or padding in PyTorch and Keras</source>
        <translation>在 PyTorch 和 Keras 中，输出大小随输入大小、步幅或填充的变化</translation>
    </message>
    <message>
        <source>Framework &amp;Code</source>
        <translation>框架代码(&amp;C)</translation>
    </message>
    <message>
        <source>The current problem as a PyTorch or Keras script</source>
        <translation>将当前问题写成 PyTorch 或 Keras 脚本</translation>
    </message>
    <message>
        <source>Weight Inspector</source>
        <translation>权重检查器</translation>
    </message>
    <message>
        <source>&amp;Weight Inspector</source>
        <translation>权重检查器(&amp;W)</translation>
    </message>
    <message>
        <source>The weight tensor as kernel tiles, and its layout in PyTorch, Keras, tf.nn and ONNX</source>
        <translation>以卷积核图块展示的权重张量，及其在 PyTorch、Keras、tf.nn 和 ONNX 中的布局</translation>
    </message>
    <message>
        <source>Learn to Upsample</source>
        <translation>学习上采样</translation>
    </message>
    <message>
        <source>&amp;Learn to Upsample</source>
        <translation>学习上采样(&amp;L)</translation>
    </message>
    <message>
        <source>Transposed convolutions and resize-convolution learn to upsample a picture, live, beside nearest and bilinear</source>
        <translation>转置卷积和缩放-卷积实时学习对图片做上采样，与最近邻和双线性并排对比</translation>
    </message>
</context>
<context>
    <name>convstep::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Takes effect when ConvStep starts again</source>
        <translation>ConvStep 重新启动后生效</translation>
    </message>
    <message>
        <source>Follow the &amp;System (%1)</source>
        <translation>跟随系统(&amp;S)（%1）</translation>
    </message>
    <message>
        <source>ConvStep will start in %1 next time.</source>
        <translation>下次启动时，ConvStep 将使用 %1。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
</context>
<context>
    <name>convstep::LearnColumn</name>
    <message>
        <source>%1 (%2 vs fixed)</source>
        <translation>%1（相对固定方法 %2）</translation>
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
        <translation>棋盘能量 %1</translation>
    </message>
    <message>
        <source>kernel %1×%2</source>
        <translation>卷积核 %1×%2</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>重叠</translation>
    </message>
</context>
<context>
    <name>convstep::LearnUpsampleLab</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Train all three variants, or pause them (Alt+R)</source>
        <translation>训练全部三种变体，或暂停训练（Alt+R）</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>One SGD update of every variant</source>
        <translation>对每种变体做一次 SGD 更新</translation>
    </message>
    <message>
        <source>Reset to step &amp;0</source>
        <translation>重置到第 0 步(&amp;0)</translation>
    </message>
    <message>
        <source>Back to the initial kernels, step 0</source>
        <translation>回到初始卷积核，即第 0 步</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>SGD learning rate (momentum 0.9); it applies from the next step</source>
        <translation>SGD 学习率（动量 0.9）；从下一步开始生效</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Seed of the initial kernels</source>
        <translation>初始卷积核的随机种子</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放倍数</translation>
    </message>
    <message>
        <source>How many times larger the output is on each side</source>
        <translation>输出每条边是输入的多少倍</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>How much of the pictures to show, around their centre</source>
        <translation>围绕中心显示多少图片内容</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>全图</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Lab ph&amp;oto</source>
        <translation>实验照片(&amp;O)</translation>
    </message>
    <message>
        <source>Train on the built-in photo</source>
        <translation>在内置照片上训练</translation>
    </message>
    <message>
        <source>&amp;Your image…</source>
        <translation>你的图像(&amp;Y)…</translation>
    </message>
    <message>
        <source>Train on a picture of your own (grey, at most %1×%1)</source>
        <translation>在你自己的图片上训练（灰度，最大 %1×%1）</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>种子(&amp;D)：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放倍数：</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>损失（MSE）</translation>
    </message>
    <message>
        <source>Loss of every upsampler by step, log scale</source>
        <translation>每个上采样器的损失随步数的变化，对数刻度</translation>
    </message>
    <message>
        <source>checkerboard energy</source>
        <translation>棋盘能量</translation>
    </message>
    <message>
        <source>Checkerboard energy of the learned upsamplers by step</source>
        <translation>各个学到的上采样器的棋盘能量随步数的变化</translation>
    </message>
    <message>
        <source>lab photo</source>
        <translation>实验照片</translation>
    </message>
    <message>
        <source>Could not open “%1” as an image: %2.</source>
        <translation>无法将“%1”作为图像打开：%2。</translation>
    </message>
    <message>
        <source>“%1” is %2×%3 pixels; the lab needs at least %4×%4.</source>
        <translation>“%1”为 %2×%3 像素；本实验室至少需要 %4×%4。</translation>
    </message>
    <message>
        <source>%1 The lab keeps its current picture.</source>
        <translation>%1本实验室保留当前图片。</translation>
    </message>
    <message>
        <source>%1: %2×%3, grey %4×%5</source>
        <translation>%1：%2×%3，灰度 %4×%5</translation>
    </message>
    <message>
        <source>Open an Image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause training</source>
        <translation>暂停训练</translation>
    </message>
    <message>
        <source>Run training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Resize-conv</source>
        <translation>缩放-卷积</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>最近邻</translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation>双线性</translation>
    </message>
    <message>
        <source>Transposed k=%1, s=%2</source>
        <translation>转置卷积 k=%1, s=%2</translation>
    </message>
    <message>
        <source>k=%1, s=%2</source>
        <translation>k=%1, s=%2</translation>
    </message>
    <message>
        <source>learned: nearest ×%1, then 3×3 conv</source>
        <translation>可学习：最近邻 ×%1，再做 3×3 卷积</translation>
    </message>
    <message>
        <source>fixed, not trained</source>
        <translation>固定，不训练</translation>
    </message>
    <message>
        <source>learned: even overlap</source>
        <translation>可学习：均匀重叠</translation>
    </message>
    <message>
        <source>learned: uneven overlap</source>
        <translation>可学习：不均匀重叠</translation>
    </message>
    <message>
        <source>Diverged at step %1: lower the learning rate and reset.</source>
        <translation>在第 %1 步发散：请降低学习率并重置。</translation>
    </message>
    <message>
        <source>Checkerboard: the energy of the output&apos;s period-%1 pattern, the mean squared difference between the means of its %1×%1 phases and the picture&apos;s mean. PSNR: against the original picture, in decibels.</source>
        <translation>棋盘能量：输出中周期为 %1 的图案的能量，即其 %1×%1 个相位各自的均值与图片均值之差的均方。PSNR：相对于原始图片计算，单位为分贝。</translation>
    </message>
    <message>
        <source>original picture</source>
        <translation>原始图片</translation>
    </message>
</context>
<context>
    <name>convstep::LessonBrowser</name>
    <message>
        <source>Worked examples</source>
        <translation>计算示例</translation>
    </message>
    <message>
        <source>Transposed convolution arithmetic</source>
        <translation>转置卷积算术</translation>
    </message>
    <message>
        <source>Convolution arithmetic</source>
        <translation>卷积算术</translation>
    </message>
    <message>
        <source>Upsampling without weights</source>
        <translation>无权重的上采样</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lessons&lt;/h2&gt;&lt;p&gt;Pick a lesson to watch it step by step. Every lesson can be edited and saved as your own.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;课程&lt;/h2&gt;&lt;p&gt;选择一个课程，逐步观看。每个课程都可以编辑并另存为你自己的课程。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&amp;Open lesson</source>
        <translation>打开课程(&amp;O)</translation>
    </message>
    <message>
        <source>Back to the &amp;stage</source>
        <translation>返回舞台(&amp;S)</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>Sequences for a class</source>
        <translation>课堂用课程序列</translation>
    </message>
    <message>
        <source>The built-in lessons and labs, in groups; Enter opens the one chosen</source>
        <translation>按组列出的内置课程和实验室；按 Enter 打开所选项</translation>
    </message>
    <message>
        <source>Open the chosen lesson or lab</source>
        <translation>打开所选课程或实验室</translation>
    </message>
    <message>
        <source>Leave the list without opening anything</source>
        <translation>离开列表，不打开任何内容</translation>
    </message>
    <message>
        <source>Channels and groups</source>
        <translation>通道与分组</translation>
    </message>
</context>
<context>
    <name>convstep::LessonDocument</name>
    <message>
        <source>Untitled lesson</source>
        <translation>未命名课程</translation>
    </message>
    <message>
        <source>Set input %1 to %2</source>
        <translation>将输入 %1 设为 %2</translation>
    </message>
    <message>
        <source>Set kernel %1 to %2</source>
        <translation>将卷积核 %1 设为 %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Edit Lesson Properties</source>
        <translation>编辑课程属性</translation>
    </message>
    <message>
        <source>Edit Upstream Gradient</source>
        <translation>编辑上游梯度</translation>
    </message>
</context>
<context>
    <name>convstep::LessonPropertiesDialog</name>
    <message>
        <source>Lesson Properties</source>
        <translation>课程属性</translation>
    </message>
    <message>
        <source>&amp;Sequence title:</source>
        <translation>序列标题(&amp;S)：</translation>
    </message>
    <message>
        <source>Lesson %1 of %2 in the sequence:</source>
        <translation>序列中的第 %1 课，共 %2 课：</translation>
    </message>
    <message>
        <source>Shown over the stage and in the window&apos;s title</source>
        <translation>显示在舞台上方和窗口标题中</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>What to look for in this problem; shown in the Explanation</source>
        <translation>这个问题中要注意什么；显示在讲解中</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <source>The problem has changed since this note was written. Check that it still holds: OK marks it as up to date.</source>
        <translation>写下此笔记后问题已发生变化。请检查它是否仍然成立：点击“确定”会将其标记为最新。</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 个字符</translation>
    </message>
</context>
<context>
    <name>convstep::MainWindow</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>La&amp;bs</source>
        <translation>实验室(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About ConvStep</source>
        <translation>关于 ConvStep</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Cell</source>
        <translation>编辑单元格(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Zero Cell</source>
        <translation>单元格置零(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>后退一步(&amp;B)</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>前进一步(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;irst Step</source>
        <translation>第一步(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>最后一步(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>减速(&amp;L)</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>加速(&amp;A)</translation>
    </message>
    <message>
        <source>Pause at Each &amp;Phase</source>
        <translation>每个阶段暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Classroom Mode</source>
        <translation>课堂模式(&amp;C)</translation>
    </message>
    <message>
        <source>Leave Classroom Mode</source>
        <translation>离开课堂模式</translation>
    </message>
    <message>
        <source>&amp;Blank the Stage</source>
        <translation>舞台黑屏(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>增大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>减小文字(&amp;S)</translation>
    </message>
    <message>
        <source>All &amp;Lessons…</source>
        <translation>所有课程(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About ConvStep</source>
        <translation>关于 ConvStep(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The sliding window shows a convolution; switch the operation in the Problem panel.</source>
        <translation>滑动窗口展示的是卷积；请在“问题”面板中切换运算。</translation>
    </message>
    <message>
        <source>This view shows a transposed convolution; switch the operation in the Problem panel.</source>
        <translation>此视图展示的是转置卷积；请在“问题”面板中切换运算。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Could not open %1: %2. The default lesson is shown instead.</source>
        <translation>无法打开 %1：%2。改为显示默认课程。</translation>
    </message>
    <message>
        <source>ConvStep did not close cleanly last time. Restore the lesson you were editing (“%1”)?</source>
        <translation>ConvStep 上次未正常关闭。要恢复你正在编辑的课程（“%1”）吗？</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>lesson.json</source>
        <translation>lesson.json</translation>
    </message>
    <message>
        <source>ConvStep lessons (*.json)</source>
        <translation>ConvStep 课程 (*.json)</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>ConvStep lessons (*.json);;All files (*)</source>
        <translation>ConvStep 课程 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Sliding window</source>
        <translation>滑动窗口(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;catter &amp;&amp; sum</source>
        <translation>散布&amp;&amp;累加(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Zero insertion</source>
        <translation>插零(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pr&amp;actice</source>
        <translation>练习(&amp;A)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>C → Cᵀ</source>
        <translation>C → Cᵀ</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>课堂</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>%1 (lesson %2 of %3)</source>
        <translation>%1（第 %2 课，共 %3 课）</translation>
    </message>
    <message>
        <source>The upstream gradient needs a valid convolution.</source>
        <translation>上游梯度需要一个有效的卷积。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Shift+arrow keys&lt;/b&gt; on the stage move the cell cursor from cell to cell and from grid to grid.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在舞台上按 &lt;b&gt;Shift+方向键&lt;/b&gt; 可让单元格光标在单元格之间、网格之间移动。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂&amp;x</source>
        <translation>反向：∂L/∂x(&amp;X)</translation>
    </message>
    <message>
        <source>Backward: ∂L/∂&amp;W</source>
        <translation>反向：∂L/∂W(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;New Lesson</source>
        <translation>新建课程(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Upstream Gradient ∂L/∂y…</source>
        <translation>上游梯度 ∂L/∂y(&amp;U)…</translation>
    </message>
    <message>
        <source>Step Back, or the Previous Lesson&apos;s Last Step</source>
        <translation>后退一步，或转到上一课的最后一步</translation>
    </message>
    <message>
        <source>Step Forward, or the Next Lesson&apos;s First Step</source>
        <translation>前进一步，或转到下一课的第一步</translation>
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
        <translation>符号(&amp;Y)</translation>
    </message>
    <message>
        <source>Symbols: write C with the kernel&apos;s weight names (w₀₀, w₀₁, …) and x, y with indexed names, as the article&apos;s figure does</source>
        <translation>符号：像文章中的图那样，用卷积核的权重名（w₀₀, w₀₁, …）写出 C，用带下标的名称写出 x 和 y</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Lesson &amp;Properties…</source>
        <translation>课程属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Pre&amp;vious Lesson in the Sequence</source>
        <translation>序列中的上一课(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Lesson in the Sequence</source>
        <translation>序列中的下一课(&amp;N)</translation>
    </message>
    <message>
        <source>Classroom narration</source>
        <translation>课堂旁白</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2 / %3）</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>通道(&amp;H)</translation>
    </message>
    <message>
        <source>Next Input Channel</source>
        <translation>下一个输入通道</translation>
    </message>
    <message>
        <source>Previous Input Channel</source>
        <translation>上一个输入通道</translation>
    </message>
    <message>
        <source>Next Output Channel</source>
        <translation>下一个输出通道</translation>
    </message>
    <message>
        <source>Previous Output Channel</source>
        <translation>上一个输出通道</translation>
    </message>
</context>
<context>
    <name>convstep::MatrixControls</name>
    <message>
        <source>&amp;Transpose C → Cᵀ</source>
        <translation>转置 C → Cᵀ(&amp;T)</translation>
    </message>
    <message>
        <source>Transpose: turn C into Cᵀ and replay the transposed convolution as Cᵀ·y (T)</source>
        <translation>转置：将 C 变为 Cᵀ，并以 Cᵀ·y 重放转置卷积（T）</translation>
    </message>
    <message>
        <source>Matrix Explorer</source>
        <translation>矩阵探索器</translation>
    </message>
    <message>
        <source>No transposed convolution has this C: its &apos;same&apos; padding is uneven, which neither Keras nor PyTorch can crop back.</source>
        <translation>没有哪个转置卷积具有这个 C：它的 &apos;same&apos; 填充不对称，Keras 和 PyTorch 都无法裁剪回去。</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>转置</translation>
    </message>
    <message>
        <source>Cᵀ·y: the transposed convolution with the same kernel, applied to the output y (Ctrl+Z goes back)</source>
        <translation>Cᵀ·y：使用同一卷积核、作用于输出 y 的转置卷积（Ctrl+Z 可返回）</translation>
    </message>
    <message>
        <source>C turns into Cᵀ: the transposed convolution is Cᵀ·x</source>
        <translation>C 变为 Cᵀ：转置卷积就是 Cᵀ·x</translation>
    </message>
    <message>
        <source>C is too large to read on the stage: zoom and pan it in the Matrix Explorer (E)</source>
        <translation>C 太大，在舞台上无法看清：请在矩阵探索器中缩放和平移（E）</translation>
    </message>
    <message>
        <source>Transpose turns the matrix C of a convolution or a transposed convolution; %1 has none (its fixed matrix shows in the Matrix view).</source>
        <translation>“转置”作用于卷积或转置卷积的矩阵 C；%1 没有这样的矩阵（它的固定矩阵显示在矩阵视图中）。</translation>
    </message>
</context>
<context>
    <name>convstep::MatrixExplorer</name>
    <message>
        <source>Matrix explorer</source>
        <translation>矩阵探索器</translation>
    </message>
    <message>
        <source>input index</source>
        <translation>输入索引</translation>
    </message>
    <message>
        <source>output index</source>
        <translation>输出索引</translation>
    </message>
    <message>
        <source>entry (kernel weight)</source>
        <translation>元素（卷积核权重）</translation>
    </message>
    <message>
        <source>max_unpool2d has no matrix: it is not linear</source>
        <translation>max_unpool2d 没有矩阵：它不是线性的</translation>
    </message>
    <message>
        <source>%1: %2 × %3, %4 non-zeros%5</source>
        <translation>%1：%2 × %3，%4 个非零元素%5</translation>
    </message>
    <message>
        <source>, fixed weights</source>
        <translation>，固定权重</translation>
    </message>
</context>
<context>
    <name>convstep::NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>convstep::PairEditor</name>
    <message>
        <source>%1 rows</source>
        <translation>%1（行数）</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1（列数）</translation>
    </message>
    <message>
        <source>%1: rows (height), then columns (width)</source>
        <translation>%1：先行（高度），后列（宽度）</translation>
    </message>
    <message>
        <source>Link %1 rows and columns</source>
        <translation>关联 %1 的行和列</translation>
    </message>
    <message>
        <source>Link rows and columns: one change sets both</source>
        <translation>关联行和列：改一个即同时设置两者</translation>
    </message>
    <message>
        <source>%1 is at most %2: %3 is too large</source>
        <translation>%1 最大为 %2：%3 太大</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation>%1 最小为 %2</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3</source>
        <translation>%1 取 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>已关联</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
</context>
<context>
    <name>convstep::PlaybackBar</name>
    <message>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Follow along</source>
        <translation>跟随讲解</translation>
    </message>
    <message>
        <source>Follow along: pause at each phase boundary (after padding, after zero insertion, before the crop)</source>
        <translation>跟随讲解：在每个阶段分界处暂停（填充之后、插零之后、裁剪之前）</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>没有步骤</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>convstep::PredictBanner</name>
    <message>
        <source>Predict, then press Space</source>
        <translation>先预测，再按 Space</translation>
    </message>
</context>
<context>
    <name>convstep::PredictControls</name>
    <message>
        <source>&amp;Predict Mode</source>
        <translation>预测模式(&amp;P)</translation>
    </message>
    <message>
        <source>Predict each step before it is revealed, and see why an answer is right or wrong</source>
        <translation>在每个步骤揭晓之前先预测，并了解答案为什么对或错</translation>
    </message>
    <message>
        <source>&amp;New Exercise</source>
        <translation>新练习(&amp;N)</translation>
    </message>
    <message>
        <source>A fresh random problem at the chosen level, in predict mode</source>
        <translation>按所选难度生成一个新的随机问题，使用预测模式</translation>
    </message>
    <message>
        <source>&amp;Replay a Mistake</source>
        <translation>重做错题(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the oldest wrongly answered question again</source>
        <translation>再次提出最早答错的问题</translation>
    </message>
    <message>
        <source>Show the &amp;Tally</source>
        <translation>显示举手统计(&amp;T)</translation>
    </message>
    <message>
        <source>Classroom: count the hands for each offered answer (type the counts; arrows move between answers)</source>
        <translation>课堂：统计每个备选答案的举手人数（输入人数；方向键在答案间移动）</translation>
    </message>
    <message>
        <source>Reveal or Go On</source>
        <translation>揭晓或继续</translation>
    </message>
    <message>
        <source>Classroom: reveal the step the room predicted, then go on (Space)</source>
        <translation>课堂：揭晓全班预测的步骤，然后继续（Space）</translation>
    </message>
    <message>
        <source>Reveal or Go On (Space)</source>
        <translation>揭晓或继续（Space）</translation>
    </message>
    <message>
        <source>Print &amp;Worksheet…</source>
        <translation>打印练习单(&amp;W)…</translation>
    </message>
    <message>
        <source>Random exercises with an answer key, as a printable PDF</source>
        <translation>带答案的随机练习，生成可打印的 PDF</translation>
    </message>
    <message>
        <source>Predict first: this step is told once it plays.</source>
        <translation>请先预测：此步骤播放后才会讲解。</translation>
    </message>
    <message>
        <source>Exercise, level %1</source>
        <translation>练习，难度 %1</translation>
    </message>
    <message>
        <source>A fresh level-%1 problem (seed %2): predict each step before it plays.</source>
        <translation>一个新的难度 %1 问题（种子 %2）：在每个步骤播放前先预测。</translation>
    </message>
</context>
<context>
    <name>convstep::PredictPanel</name>
    <message>
        <source>Cell cursor</source>
        <translation>单元格光标</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Level of new exercises</source>
        <translation>新练习的难度</translation>
    </message>
    <message>
        <source>How hard New Exercise&apos;s problems are: 1 is conv2d by hand, 3 adds dilation, Keras&apos;s &apos;same&apos; and output padding</source>
        <translation>“新练习”中问题的难度：1 为手算 conv2d，3 加入膨胀、Keras 的 &apos;same&apos; 和输出填充</translation>
    </message>
    <message>
        <source>conv2d, stride 1, no padding, inputs up to 5×5</source>
        <translation>conv2d，步幅 1，无填充，输入最大 5×5</translation>
    </message>
    <message>
        <source>Adds strides, padding and transposed convolutions</source>
        <translation>加入步幅、填充和转置卷积</translation>
    </message>
    <message>
        <source>Adds dilation, Keras&apos;s &apos;same&apos;, output padding and rectangles</source>
        <translation>加入膨胀、Keras 的 &apos;same&apos;、输出填充和矩形</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>难度 %1</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Commit your answer and play the step (Enter)</source>
        <translation>提交答案并播放该步骤（Enter）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Unpick every cell</source>
        <translation>取消选择所有单元格</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>First row kept</source>
        <translation>保留的第一行</translation>
    </message>
    <message>
        <source>Last row kept</source>
        <translation>保留的最后一行</translation>
    </message>
    <message>
        <source>First column kept</source>
        <translation>保留的第一列</translation>
    </message>
    <message>
        <source>Last column kept</source>
        <translation>保留的最后一列</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>继续（Enter）</translation>
    </message>
    <message>
        <source>This lesson: %1 of %2 right · streak %3 · best %4</source>
        <translation>本课程：答对 %1 / %2 · 连对 %3 · 最佳 %4</translation>
    </message>
    <message>
        <source>No mistakes to replay</source>
        <translation>没有要重做的错题</translation>
    </message>
    <message>
        <source>1 mistake to replay</source>
        <translation>有 1 道错题要重做</translation>
    </message>
    <message>
        <source>%1 mistakes to replay</source>
        <translation>有 %1 道错题要重做</translation>
    </message>
    <message>
        <source>1 cell picked</source>
        <translation>已选 1 个单元格</translation>
    </message>
    <message>
        <source>%1 cells picked</source>
        <translation>已选 %1 个单元格</translation>
    </message>
    <message>
        <source>Cursor %1: arrows move, Space picks</source>
        <translation>光标 %1：方向键移动，Space 选择</translation>
    </message>
    <message>
        <source>Type a number, such as 7 or −1.5, then press Enter.</source>
        <translation>输入一个数，例如 7 或 −1.5，然后按 Enter。</translation>
    </message>
    <message>
        <source>Fill in the rows and the columns, then press Enter.</source>
        <translation>填写行数和列数，然后按 Enter。</translation>
    </message>
    <message>
        <source>Pick the cells on the stage first: click them, or move with the arrows and press Space.</source>
        <translation>请先在舞台上选择单元格：点击它们，或用方向键移动并按 Space。</translation>
    </message>
</context>
<context>
    <name>convstep::PredictSession</name>
    <message>
        <source>Every step has been revealed. Press Enter to start again.</source>
        <translation>所有步骤都已揭晓。按 Enter 重新开始。</translation>
    </message>
    <message>
        <source>Before the first step: what shape will the output have? Rows × columns.</source>
        <translation>第一步之前：输出的形状是什么？行数 × 列数。</translation>
    </message>
    <message>
        <source>What value goes into output %1?</source>
        <translation>输出 %1 中填入什么值？</translation>
    </message>
    <message>
        <source>Input %1 = %2 is scattered next. Which canvas cells will it reach? Pick them on the stage (click, or arrows and Space), then commit.</source>
        <translation>接下来将散布输入 %1 = %2。它会到达哪些画布单元格？请在舞台上选择它们（点击，或用方向键和 Space），然后提交。</translation>
    </message>
    <message>
        <source>Zeros are inserted between the inputs next. What size will the input be then? Rows × columns.</source>
        <translation>接下来将在输入之间插零。那时输入的大小是多少？行数 × 列数。</translation>
    </message>
    <message>
        <source>The zero-inserted input is padded next. How many rows or columns of zeros go on each side (p′)?</source>
        <translation>接下来将对插零后的输入做填充。每一边要加多少行或列的零（p′）？</translation>
    </message>
    <message>
        <source>The crop comes next. Which canvas rows and columns stay?</source>
        <translation>接下来是裁剪。哪些画布行和列会保留？</translation>
    </message>
    <message>
        <source>Output padding comes next. Which canvas rows and columns make the output then?</source>
        <translation>接下来是输出填充。那时哪些画布行和列构成输出？</translation>
    </message>
    <message>
        <source>Nothing to predict in this step.</source>
        <translation>此步骤没有需要预测的内容。</translation>
    </message>
</context>
<context>
    <name>convstep::PredictTally</name>
    <message>
        <source>Tally of hands</source>
        <translation>举手统计</translation>
    </message>
    <message>
        <source>(right)</source>
        <translation>（正确）</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>举手数</translation>
    </message>
</context>
<context>
    <name>convstep::ProblemPanel</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>运算</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>conv2d: slide the kernel over the input</source>
        <translation>conv2d：让卷积核在输入上滑动</translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation>转置卷积</translation>
    </message>
    <message>
        <source>conv_transpose2d: scatter each input cell through the kernel</source>
        <translation>conv_transpose2d：将每个输入单元格通过卷积核散布出去</translation>
    </message>
    <message>
        <source>Nearest upsampling</source>
        <translation>最近邻上采样</translation>
    </message>
    <message>
        <source>upsample_nearest: copy each input cell into its scale-sized block</source>
        <translation>upsample_nearest：将每个输入单元格复制到其 scale 大小的块中</translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation>双线性上采样</translation>
    </message>
    <message>
        <source>upsample_bilinear: blend the inputs around each output cell by closeness</source>
        <translation>upsample_bilinear：按距离远近混合每个输出单元格周围的输入</translation>
    </message>
    <message>
        <source>Bed of nails</source>
        <translation>钉床</translation>
    </message>
    <message>
        <source>bed_of_nails: each input cell at the top left of its block, zeros elsewhere</source>
        <translation>bed_of_nails：每个输入单元格放在其块的左上角，其余为零</translation>
    </message>
    <message>
        <source>Max unpooling</source>
        <translation>最大反池化</translation>
    </message>
    <message>
        <source>max_unpool2d: max-pool blocks of the scale, then put each maximum back in place</source>
        <translation>max_unpool2d：按 scale 大小的块做最大池化，再把每个最大值放回原位</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放倍数</translation>
    </message>
    <message>
        <source>Ali&amp;gn corners</source>
        <translation>对齐角点(&amp;G)</translation>
    </message>
    <message>
        <source>Align corners</source>
        <translation>对齐角点</translation>
    </message>
    <message>
        <source>PyTorch&apos;s align_corners: the corner cells of the input and the output line up exactly
Off: half-pixel centres, as PyTorch&apos;s default and Keras&apos;s UpSampling2D</source>
        <translation>PyTorch 的 align_corners：输入和输出的角点单元格精确对齐
关闭：半像素中心，与 PyTorch 默认值及 Keras 的 UpSampling2D 相同</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>膨胀</translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation>输出填充</translation>
    </message>
    <message>
        <source>Padding mode</source>
        <translation>填充模式</translation>
    </message>
    <message>
        <source>PyTorch: integer</source>
        <translation>PyTorch：整数</translation>
    </message>
    <message>
        <source>padding=(rows, cols) zeros on each side</source>
        <translation>padding=(rows, cols)：每一边补的零</translation>
    </message>
    <message>
        <source>Keras: &apos;valid&apos;</source>
        <translation>Keras：&apos;valid&apos;</translation>
    </message>
    <message>
        <source>padding=&apos;valid&apos;: no padding</source>
        <translation>padding=&apos;valid&apos;：无填充</translation>
    </message>
    <message>
        <source>Keras: &apos;same&apos;</source>
        <translation>Keras：&apos;same&apos;</translation>
    </message>
    <message>
        <source>padding=&apos;same&apos;: the output size depends only on the input and the stride</source>
        <translation>padding=&apos;same&apos;：输出大小只取决于输入和步幅</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>Operatio&amp;n</source>
        <translation>运算(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Input size</source>
        <translation>输入大小(&amp;I)</translation>
    </message>
    <message>
        <source>Sc&amp;ale</source>
        <translation>缩放倍数(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kernel size</source>
        <translation>卷积核大小(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;tride</source>
        <translation>步幅(&amp;T)</translation>
    </message>
    <message>
        <source>Paddin&amp;g</source>
        <translation>填充(&amp;G)</translation>
    </message>
    <message>
        <source>Dil&amp;ation</source>
        <translation>膨胀(&amp;A)</translation>
    </message>
    <message>
        <source>O&amp;utput padding</source>
        <translation>输出填充(&amp;U)</translation>
    </message>
    <message>
        <source>Bias ter&amp;m</source>
        <translation>偏置项(&amp;M)</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>输出大小</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Keras works the padding out from &apos;valid&apos; or &apos;same&apos;</source>
        <translation>Keras 会根据 &apos;valid&apos; 或 &apos;same&apos; 算出填充</translation>
    </message>
    <message>
        <source>Only a transposed convolution has output padding</source>
        <translation>只有转置卷积才有输出填充</translation>
    </message>
    <message>
        <source>Fix the error to see the output size</source>
        <translation>修复错误后即可看到输出大小</translation>
    </message>
    <message>
        <source>Switch to convolution</source>
        <translation>切换到卷积</translation>
    </message>
    <message>
        <source>Switch to transposed convolution</source>
        <translation>切换到转置卷积</translation>
    </message>
    <message>
        <source>Switch to nearest upsampling</source>
        <translation>切换到最近邻上采样</translation>
    </message>
    <message>
        <source>Switch to bilinear upsampling</source>
        <translation>切换到双线性上采样</translation>
    </message>
    <message>
        <source>Switch to bed of nails</source>
        <translation>切换到钉床</translation>
    </message>
    <message>
        <source>Switch to max unpooling</source>
        <translation>切换到最大反池化</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充数值</translation>
    </message>
    <message>
        <source>Fill input</source>
        <translation>填充输入</translation>
    </message>
    <message>
        <source>Fill kernel</source>
        <translation>填充卷积核</translation>
    </message>
    <message>
        <source>Fill the input with random integers, ones, 1 to n or zeros</source>
        <translation>用随机整数、全 1、1 到 n 或全零填充输入</translation>
    </message>
    <message>
        <source>Fill the kernel with random integers, ones, 1 to n or zeros</source>
        <translation>用随机整数、全 1、1 到 n 或全零填充卷积核</translation>
    </message>
    <message>
        <source>&amp;Random integers (%1 to %2)</source>
        <translation>随机整数(&amp;R)（%1 到 %2）</translation>
    </message>
    <message>
        <source>&amp;Ones</source>
        <translation>全 1(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Counting 1, 2, 3, … row by row</source>
        <translation>计数 1, 2, 3, …，逐行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Zeros</source>
        <translation>全零(&amp;Z)</translation>
    </message>
    <message>
        <source>Resize input to %1</source>
        <translation>将输入大小改为 %1</translation>
    </message>
    <message>
        <source>Resize kernel to %1</source>
        <translation>将卷积核大小改为 %1</translation>
    </message>
    <message>
        <source>Set stride to %1</source>
        <translation>将步幅设为 %1</translation>
    </message>
    <message>
        <source>Set padding to %1</source>
        <translation>将填充设为 %1</translation>
    </message>
    <message>
        <source>Set scale to %1</source>
        <translation>将缩放倍数设为 %1</translation>
    </message>
    <message>
        <source>Set dilation to %1</source>
        <translation>将膨胀设为 %1</translation>
    </message>
    <message>
        <source>Set output padding to %1</source>
        <translation>将输出填充设为 %1</translation>
    </message>
    <message>
        <source>Stop aligning corners</source>
        <translation>停止对齐角点</translation>
    </message>
    <message>
        <source>Set bias to %1</source>
        <translation>将偏置设为 %1</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Fill %1 with random integers</source>
        <translation>用随机整数填充%1</translation>
    </message>
    <message>
        <source>Fill %1 with ones</source>
        <translation>用全 1 填充%1</translation>
    </message>
    <message>
        <source>Fill %1 with 1 to %2</source>
        <translation>用 1 到 %2 填充%1</translation>
    </message>
    <message>
        <source>Fill %1 with zeros</source>
        <translation>用全零填充%1</translation>
    </message>
    <message>
        <source>A convolution, a transposed convolution or one of the upsampling operations</source>
        <translation>卷积、转置卷积或某种上采样运算</translation>
    </message>
    <message>
        <source>How the padding is given: PyTorch&apos;s integer, or Keras&apos;s &apos;valid&apos; or &apos;same&apos;</source>
        <translation>填充的给出方式：PyTorch 的整数，或 Keras 的 &apos;valid&apos; 或 &apos;same&apos;</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>通道(&amp;C)</translation>
    </message>
    <message>
        <source>Predict the output&apos;s shape first</source>
        <translation>先预测输出的形状</translation>
    </message>
</context>
<context>
    <name>convstep::ShapeExplorer</name>
    <message>
        <source>Shape explorer</source>
        <translation>形状探索器</translation>
    </message>
    <message>
        <source>X axis</source>
        <translation>X 轴</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>输入大小</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Output size chart</source>
        <translation>输出大小图表</translation>
    </message>
    <message>
        <source>output rows</source>
        <translation>输出行数</translation>
    </message>
    <message>
        <source>Where the conventions differ</source>
        <translation>约定不同之处</translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation>X 轴(&amp;X)：</translation>
    </message>
    <message>
        <source>%1 has no padding conventions to compare: its output is the input times the scale.</source>
        <translation>%1 没有可供比较的填充约定：它的输出就是输入乘以缩放倍数。</translation>
    </message>
    <message>
        <source>%1, kernel %2, stride %3, dilation %4, input %5 — rows axis; the dotted line is the current problem</source>
        <translation>%1，卷积核 %2，步幅 %3，膨胀 %4，输入 %5——行方向；虚线表示当前问题</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where PyTorch and Keras differ&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;PyTorch 与 Keras 的不同之处&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;The current problem&lt;/h4&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h4&gt;当前问题&lt;/h4&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>kernel &lt; stride (&apos;valid&apos;)</source>
        <translation>卷积核 &lt; 步幅（&apos;valid&apos;）</translation>
    </message>
    <message>
        <source>asymmetric &apos;same&apos;</source>
        <translation>不对称的 &apos;same&apos;</translation>
    </message>
    <message>
        <source>output_padding unset ≠ 0</source>
        <translation>未设置 output_padding ≠ 0</translation>
    </message>
    <message>
        <source>%1 (rows)</source>
        <translation>%1（行）</translation>
    </message>
    <message>
        <source>The setting the chart varies along its x axis</source>
        <translation>图表沿 x 轴变化的设置</translation>
    </message>
    <message>
        <source>The input sizes, strides or paddings where PyTorch and Keras give other shapes</source>
        <translation>PyTorch 与 Keras 给出不同形状的输入大小、步幅或填充</translation>
    </message>
</context>
<context>
    <name>convstep::StageWidget</name>
    <message>
        <source>Stage</source>
        <translation>舞台</translation>
    </message>
    <message>
        <source>Cell value</source>
        <translation>单元格值</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit the Stage</source>
        <translation>适应舞台(&amp;F)</translation>
    </message>
    <message>
        <source>Type a number, such as 3, -1.5 or 2e-3</source>
        <translation>输入一个数，例如 3、-1.5 或 2e-3</translation>
    </message>
    <message>
        <source>Padding: a zero added around the input</source>
        <translation>填充：在输入周围添加的零</translation>
    </message>
    <message>
        <source>Inserted zero (stride − 1 zeros between input cells)</source>
        <translation>插入的零（输入单元格之间有 stride − 1 个零）</translation>
    </message>
    <message>
        <source>Input %1 = %2
Double-click to edit</source>
        <translation>输入 %1 = %2
双击可编辑</translation>
    </message>
    <message>
        <source>Pooled cell %1: the largest value of its block, and where it came from</source>
        <translation>池化单元格 %1：其块中的最大值，以及它的来源位置</translation>
    </message>
    <message>
        <source>Kernel %1 = %2</source>
        <translation>卷积核 %1 = %2</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>已裁剪</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>Canvas cell outside the output</source>
        <translation>输出之外的画布单元格</translation>
    </message>
    <message>
        <source>Final value %1</source>
        <translation>最终值 %1</translation>
    </message>
    <message>
        <source>Enter sets the cell to this number; Escape cancels</source>
        <translation>按 Enter 将单元格设为此数；按 Escape 取消</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>单元格 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n products so far</source>
        <comment>%n product so far</comment>
        <translation>
            <numerusform>目前已有 %n 个乘积</numerusform>
        </translation>
    </message>
    <message>
        <source>Show input channel %1</source>
        <translation>显示输入通道 %1</translation>
    </message>
    <message>
        <source>Show output channel %1</source>
        <translation>显示输出通道 %1</translation>
    </message>
    <message>
        <source>Show kernel %1</source>
        <translation>显示卷积核 %1</translation>
    </message>
</context>
<context>
    <name>convstep::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>第 %1 步 · %2</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>没有步骤</translation>
    </message>
</context>
<context>
    <name>convstep::UpsamplingLab</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>row %1 has %2 numbers but row 1 has %3</source>
        <translation>第 %1 行有 %2 个数，但第 1 行有 %3 个</translation>
    </message>
    <message>
        <source>type rows of numbers, e.g. 1 2; 3 4</source>
        <translation>请按行输入数字，例如 1 2; 3 4</translation>
    </message>
    <message>
        <source>Ways to upsample</source>
        <translation>上采样方法</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>The input of all five: rows separated by &apos;;&apos;, numbers by spaces</source>
        <translation>五种方法共同的输入：行用 &apos;;&apos; 分隔，数字用空格分隔</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放倍数</translation>
    </message>
    <message>
        <source>The factor s: the upsampling ops&apos; scale and the transposed convolution&apos;s stride</source>
        <translation>因子 s：上采样运算的缩放倍数，也是转置卷积的步幅</translation>
    </message>
    <message>
        <source>&amp;align_corners</source>
        <translation>&amp;align_corners</translation>
    </message>
    <message>
        <source>Given to nearest and bilinear, as F.interpolate would be: only bilinear accepts it</source>
        <translation>像 F.interpolate 那样传给最近邻和双线性：只有双线性接受它</translation>
    </message>
    <message>
        <source>Learned kernel of the transposed convolution</source>
        <translation>转置卷积学到的卷积核</translation>
    </message>
    <message>
        <source>The transposed convolution&apos;s weights: training would set these</source>
        <translation>转置卷积的权重：由训练来设定</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Scale s:</source>
        <translation>缩放倍数 s(&amp;S)：</translation>
    </message>
    <message>
        <source>Learned &amp;kernel:</source>
        <translation>学到的卷积核(&amp;K)：</translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation>输入：%1</translation>
    </message>
    <message>
        <source>input: this lab shows inputs up to %1×%1; got %2×%3</source>
        <translation>输入：本实验室显示的输入最大为 %1×%1；实际为 %2×%3</translation>
    </message>
    <message>
        <source>%1 learnable weights</source>
        <translation>%1 个可学习权重</translation>
    </message>
    <message>
        <source>No weights: a fixed rule</source>
        <translation>无权重：固定规则</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>第一步（Home）</translation>
    </message>
    <message>
        <source>Step back (Left)</source>
        <translation>后退一步（Left）</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（Space）</translation>
    </message>
    <message>
        <source>Step forward (Right)</source>
        <translation>前进一步（Right）</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>最后一步（End）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
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
        <translation>暂停（Space）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>&lt;b&gt;All five have finished.&lt;/b&gt; Nearest, bilinear, bed of nails and max unpooling are fixed rules with nothing to learn; only the transposed convolution has weights, which training sets.</source>
        <translation>&lt;b&gt;五种方法都已完成。&lt;/b&gt;最近邻、双线性、钉床和最大反池化都是固定规则，没有可学习的内容；只有转置卷积有权重，由训练来设定。</translation>
    </message>
    <message>
        <source>Play (Space) to watch all five fill in together; each is the same fraction of its own steps.</source>
        <translation>播放（Space），观看五种方法一起填充；每种方法进行到其自身步骤的相同比例。</translation>
    </message>
    <message>
        <source>Nearest neighbour</source>
        <translation>最近邻</translation>
    </message>
    <message>
        <source>Copy each cell into its s×s block.</source>
        <translation>将每个单元格复制到其 s×s 块中。</translation>
    </message>
    <message>
        <source>Bilinear</source>
        <translation>双线性</translation>
    </message>
    <message>
        <source>Mix the nearest input cells, weighted by how close each one is.</source>
        <translation>混合最近的输入单元格，按各自的距离远近加权。</translation>
    </message>
    <message>
        <source>Bed of nails</source>
        <translation>钉床</translation>
    </message>
    <message>
        <source>Put each cell in its block&apos;s top-left corner; zeros elsewhere.</source>
        <translation>将每个单元格放在其块的左上角；其余为零。</translation>
    </message>
    <message>
        <source>Max unpooling</source>
        <translation>最大反池化</translation>
    </message>
    <message>
        <source>Max-pool s×s blocks, then put each maximum back where it was; zeros elsewhere.</source>
        <translation>对 s×s 块做最大池化，再把每个最大值放回原位；其余为零。</translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation>转置卷积</translation>
    </message>
    <message>
        <source>Scatter each cell times the kernel at stride s; sum where copies overlap.</source>
        <translation>以步幅 s 散布每个单元格与卷积核的乘积；副本重叠处相加。</translation>
    </message>
    <message>
        <source>How far the five methods have got</source>
        <translation>五种方法的进度</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
</context>
<context>
    <name>convstep::UpsamplingView</name>
    <message>
        <source>Ways to upsample: five methods on the same input</source>
        <translation>上采样方法：五种方法作用于同一输入</translation>
    </message>
</context>
<context>
    <name>convstep::UpstreamDialog</name>
    <message>
        <source>Upstream Gradient ∂L/∂y</source>
        <translation>上游梯度 ∂L/∂y</translation>
    </message>
    <message>
        <source>The backward views start from g = ∂L/∂y, one number per output cell (%1). All ones is the gradient of L = the sum of the outputs; any other g weighs each output&apos;s share of the loss.</source>
        <translation>反向视图从 g = ∂L/∂y 开始，每个输出单元格一个数（%1）。全 1 是 L = 输出之和的梯度；其他任何 g 都是对每个输出在损失中所占份额的加权。</translation>
    </message>
    <message>
        <source>Upstream gradient</source>
        <translation>上游梯度</translation>
    </message>
    <message>
        <source>All &amp;Ones</source>
        <translation>全 1(&amp;O)</translation>
    </message>
    <message>
        <source>Cell %1 is not a number; type one, such as 1, -0.5 or 2e-3.</source>
        <translation>单元格 %1 不是数字；请输入一个数，例如 1、-0.5 或 2e-3。</translation>
    </message>
</context>
<context>
    <name>convstep::WeightAxesView</name>
    <message>
        <source>Weight axes</source>
        <translation>权重轴</translation>
    </message>
    <message>
        <source>axis %1</source>
        <translation>轴 %1</translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation>形状 %1</translation>
    </message>
</context>
<context>
    <name>convstep::WeightInspector</name>
    <message>
        <source>Weight tensor inspector</source>
        <translation>权重张量检查器</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>The framework whose weight layout to show: the axes slide into its order and its shape is printed</source>
        <translation>要显示其权重布局的框架：各轴滑动到该框架的顺序，并打印其形状</translation>
    </message>
    <message>
        <source>A weight&apos;s shape to check</source>
        <translation>要检查的权重形状</translation>
    </message>
    <message>
        <source>e.g. 3, 3, 3, 2</source>
        <translation>例如 3, 3, 3, 2</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <source>Load a weight of &amp;shape:</source>
        <translation>载入形状为此的权重(&amp;S)：</translation>
    </message>
    <message>
        <source>An upsampling op has no weight.</source>
        <translation>上采样运算没有权重。</translation>
    </message>
    <message>
        <source>%1 is %2 = %3</source>
        <translation>%1 为 %2 = %3</translation>
    </message>
    <message>
        <source>The same order as PyTorch&apos;s.</source>
        <translation>与 PyTorch 的顺序相同。</translation>
    </message>
    <message>
        <source>From PyTorch&apos;s %1: permute(%2); back: permute(%3).</source>
        <translation>从 PyTorch 的 %1：permute(%2)；返回：permute(%3)。</translation>
    </message>
    <message>
        <source>This step uses no kernel; the tiles of the steps that do are outlined as they come.</source>
        <translation>此步骤不使用卷积核；使用卷积核的步骤到来时，其图块会被勾出轮廓。</translation>
    </message>
    <message>
        <source>One channel in, one out: the weight is the one kernel.</source>
        <translation>一个输入通道，一个输出通道：权重就是那一个卷积核。</translation>
    </message>
    <message>
        <source>This step uses 1 kernel: %1.</source>
        <translation>此步骤使用 1 个卷积核：%1。</translation>
    </message>
    <message>
        <source>This step uses %1 kernels: %2.</source>
        <translation>此步骤使用 %1 个卷积核：%2。</translation>
    </message>
    <message>
        <source>Type the shape of a weight you want to load (four numbers), and the inspector says whose layout it is.</source>
        <translation>输入要载入的权重的形状（四个数），检查器会告诉你这是哪个框架的布局。</translation>
    </message>
    <message numerus="yes">
        <source>A convolution&apos;s weight has four axes; %1 has %n.</source>
        <comment>A convolution&apos;s weight has four axes; %1 has %n.</comment>
        <translation>
            <numerusform>卷积的权重有四个轴；%1 有 %n 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convstep::WeightTilesView</name>
    <message>
        <source>Weight tiles</source>
        <translation>权重图块</translation>
    </message>
    <message>
        <source>%1 output channels by %2 input channels, %3 groups</source>
        <translation>%1 个输出通道 × %2 个输入通道，%3 个分组</translation>
    </message>
    <message>
        <source>%1: output channel %2 from input channel %3</source>
        <translation>%1：输出通道 %2，来自输入通道 %3</translation>
    </message>
    <message>
        <source>An upsampling op has no weight.</source>
        <translation>上采样运算没有权重。</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>输入 %1</translation>
    </message>
</context>
<context>
    <name>convstep::WorksheetDialog</name>
    <message>
        <source>Print Worksheet</source>
        <translation>打印练习单</translation>
    </message>
    <message>
        <source>The same seed and options give the same exercises, here and in convstep-cli worksheet</source>
        <translation>相同的种子和选项会生成相同的练习，在这里和在 convstep-cli worksheet 中都一样</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Exercises:</source>
        <translation>练习数(&amp;E)：</translation>
    </message>
    <message>
        <source>1 — conv2d, stride 1, no padding</source>
        <translation>1 — conv2d，步幅 1，无填充</translation>
    </message>
    <message>
        <source>2 — strides, padding, transposed convolutions</source>
        <translation>2 — 步幅、填充、转置卷积</translation>
    </message>
    <message>
        <source>3 — dilation, Keras &apos;same&apos;, output padding, rectangles</source>
        <translation>3 — 膨胀、Keras &apos;same&apos;、输出填充、矩形</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>难度(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>数值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation>到达范围(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;hapes</source>
        <translation>形状(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;cipes</source>
        <translation>步骤拆解(&amp;C)</translation>
    </message>
    <message>
        <source>The value of an output cell</source>
        <translation>输出单元格的值</translation>
    </message>
    <message>
        <source>The output cells an input of a transposed convolution reaches</source>
        <translation>转置卷积的一个输入所到达的输出单元格</translation>
    </message>
    <message>
        <source>The output&apos;s shape</source>
        <translation>输出的形状</translation>
    </message>
    <message>
        <source>A transposed convolution as zero insertion, padding and a stride-1 convolution</source>
        <translation>把转置卷积写成插零、填充和步幅为 1 的卷积</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>写入 PDF(&amp;W)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type a seed: a whole number such as 1.</source>
        <translation>请输入种子：一个整数，例如 1。</translation>
    </message>
    <message>
        <source>Tick at least one kind of exercise.</source>
        <translation>请至少勾选一种练习类型。</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <source>Save Worksheet</source>
        <translation>保存练习单</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>替换？</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Not written: “%1” already exists.</source>
        <translation>未写入：“%1”已存在。</translation>
    </message>
    <message>
        <source>Level %1 · seed %2 · %3</source>
        <translation>难度 %1 · 种子 %2 · %3</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 个练习</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 个练习</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Wrote %1 — %2, %3</source>
        <translation>已写入 %1——%2，%3</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>未写入：%1</translation>
    </message>
    <message>
        <source>Stop Writing?</source>
        <translation>停止写入？</translation>
    </message>
    <message>
        <source>The worksheet is being written. Stop and close? Nothing will be written.</source>
        <translation>正在写入练习单。要停止并关闭吗？将不会写入任何内容。</translation>
    </message>
    <message>
        <source>worksheet.pdf</source>
        <translation>worksheet.pdf</translation>
    </message>
</context>
</TS>
