package cn.ecc.docs.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code ecc.docs}. */
@ObjectClassDefinition(name = "ECC 文档服务", description = "导出（XLSX）、打印（PDF）与上传表格的读取")
public @interface DocsConfig {

    @AttributeDefinition(name = "读取上限（MB）",
            description = "读取一个上传的表格文件时，文件本身加上解压出的内容最多多少 MB；超过即拒绝（防止压缩炸弹）")
    int readLimitMegabytes() default 100;
}
