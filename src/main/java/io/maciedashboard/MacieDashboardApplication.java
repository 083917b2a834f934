package io.maciedashboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MacieDashboardApplication {

	public static void main(String[] args) {
		SpringApplication.run(MacieDashboardApplication.class, args);
	}

}
