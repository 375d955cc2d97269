#pragma once

#include "core/result.h"
#include "io/error.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

namespace convstep {

// The FFmpeg functions VideoWriter calls.
#define CONVSTEP_FFMPEG_FUNCTIONS(X)                                                               \
    X(av_dict_free)                                                                                \
    X(av_dict_set)                                                                                 \
    X(av_frame_alloc)                                                                              \
    X(av_frame_free)                                                                               \
    X(av_frame_get_buffer)                                                                         \
    X(av_frame_make_writable)                                                                      \
    X(av_log_set_level)                                                                            \
    X(av_packet_alloc)                                                                             \
    X(av_packet_free)                                                                              \
    X(av_packet_rescale_ts)                                                                        \
    X(av_strerror)                                                                                 \
    X(avcodec_alloc_context3)                                                                      \
    X(avcodec_find_encoder)                                                                        \
    X(avcodec_find_encoder_by_name)                                                                \
    X(avcodec_free_context)                                                                        \
    X(avcodec_open2)                                                                               \
    X(avcodec_parameters_from_context)                                                             \
    X(avcodec_receive_packet)                                                                      \
    X(avcodec_send_frame)                                                                          \
    X(av_interleaved_write_frame)                                                                  \
    X(av_write_trailer)                                                                            \
    X(avformat_alloc_output_context2)                                                              \
    X(avformat_free_context)                                                                       \
    X(avformat_new_stream)                                                                         \
    X(avformat_write_header)                                                                       \
    X(avio_closep)                                                                                 \
    X(avio_open)                                                                                   \
    X(sws_freeContext)                                                                             \
    X(sws_getCoefficients)                                                                         \
    X(sws_getContext)                                                                              \
    X(sws_scale)                                                                                   \
    X(sws_setColorspaceDetails)

// FFmpeg, loaded from the libraries the program was built against when the first video is
// written. Linked directly, FFmpeg and its own dependencies (over a hundred libraries) would
// load in every run of both programs: some 30 ms of CPU and 20 MB before a GIF's first frame.
struct FFmpegApi
{
#define CONVSTEP_FFMPEG_MEMBER(name) decltype(&::name) name = nullptr;
    CONVSTEP_FFMPEG_FUNCTIONS(CONVSTEP_FFMPEG_MEMBER)
#undef CONVSTEP_FFMPEG_MEMBER
};

// Loads FFmpeg once (any thread) and keeps it; the error names what is missing.
Result<const FFmpegApi *, Error> ffmpegApi();

} // namespace convstep
