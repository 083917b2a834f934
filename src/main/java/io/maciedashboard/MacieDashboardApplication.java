package io.maciedashboard;

import io.maciedashboard.admission.CarrierThreads;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MacieDashboardApplication {

	public static void main(String[] args) {
		CarrierThreads.twoPerProcessorUnlessSet();
		SpringApplication.run(MacieDashboardApplication.class, args);
	}

}
