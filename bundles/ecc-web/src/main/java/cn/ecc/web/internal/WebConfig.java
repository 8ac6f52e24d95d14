package cn.ecc.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ECC REST 接口", description = "REST 接口的请求限制")
public @interface WebConfig {

    @AttributeDefinition(name = "请求体上限（字节）", description = "未另行声明的接口接受的最大请求体")
    long maxBodyBytes() default 1_048_576;
}
